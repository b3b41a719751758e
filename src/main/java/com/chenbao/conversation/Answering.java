package com.chenbao.conversation;

import com.chenbao.forms.Form;
import com.chenbao.rounds.ExpectedChild;
import com.chenbao.rounds.OpenRound;
import java.util.List;

/**
 * Who a reply answers for in today's round: the guardian's expected children (eldest first), or,
 * when {@code children} is empty, the sender themself as a staff member.
 */
record Answering(Sender sender, OpenRound round, Form form, List<ExpectedChild> children) {

  boolean asStaff() {
    return children.isEmpty();
  }

  List<String> childNames() {
    return children.stream().map(ExpectedChild::name).toList();
  }
}
