package com.chenbao.schoolconfig;

import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A working group as the admin API shows it. The webhook secret is never included and the webhook
 * URL's access token is masked: both let anyone post into the school's chat.
 */
record GroupJson(String code, String name, Chat chat, Receives receives, List<Member> members) {

  static GroupJson of(WorkingGroupView group) {
    Subscription s = group.subscription();
    return new GroupJson(
        group.code(),
        group.name(),
        Chat.of(group.chat()),
        new Receives(
            s.tallyScope().code(),
            s.namesAllowed(),
            s.missingNames(),
            s.absentees(),
            new TreeSet<>(s.alertKinds())),
        group.members().stream()
            .map(m -> new Member(m.staffId(), m.name(), m.dingtalkUserId(), m.role().code()))
            .toList());
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Chat(
      String kind,
      @Nullable String openConversationId,
      @Nullable String url,
      @Nullable Boolean signed) {

    static Chat of(ChatBinding binding) {
      if (binding instanceof AppRobotChat robot) {
        return new Chat("app_robot", robot.openConversationId(), null, null);
      }
      if (binding instanceof WebhookChat hook) {
        return new Chat("webhook", null, hook.maskedUrl(), hook.secret() != null);
      }
      return new Chat("none", null, null, null);
    }
  }

  record Receives(
      String tally, boolean names, boolean missingNames, boolean absentees, Set<String> alerts) {}

  record Member(long staffId, String name, @Nullable String dingtalkUserId, String role) {}
}
