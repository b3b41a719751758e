package com.chenbao.schoolconfig;

import java.util.List;

/** One working group: how to reach its chat, what it receives, and who is in it. */
public record WorkingGroupView(
    String code,
    String name,
    ChatBinding chat,
    Subscription subscription,
    List<GroupMember> members) {

  public WorkingGroupView {
    members = List.copyOf(members);
  }
}
