package com.chenbao.delivery;

import com.chenbao.messaging.GroupChat;
import com.chenbao.schoolconfig.ChatBinding;
import com.chenbao.schoolconfig.WorkingGroupView;
import com.chenbao.schoolconfig.WorkingGroups;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A working group's chat as configured now. Looked up at each send rather than stored with the row:
 * a webhook's secret stays in the school configuration, and a retry reaches a chat the school
 * re-bound.
 */
@Component
class GroupChats {

  private final WorkingGroups groups;

  GroupChats(WorkingGroups groups) {
    this.groups = groups;
  }

  @Nullable GroupChat chatOf(Recipient.Group group) {
    return groups.groupsOf(group.schoolId()).stream()
        .filter(g -> g.code().equals(group.code()))
        .map(WorkingGroupView::chat)
        .map(GroupChats::chatOf)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The port's address of a binding; null when the group has no chat. */
  static @Nullable GroupChat chatOf(ChatBinding binding) {
    if (binding instanceof ChatBinding.AppRobotChat robot) {
      return new GroupChat.AppRobotGroup(robot.openConversationId());
    }
    if (binding instanceof ChatBinding.WebhookChat webhook) {
      return new GroupChat.WebhookRobotGroup(webhook.url(), webhook.secret());
    }
    return null;
  }
}
