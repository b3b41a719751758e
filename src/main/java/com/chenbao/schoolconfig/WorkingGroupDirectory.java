package com.chenbao.schoolconfig;

import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.NoChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import com.chenbao.schoolconfig.WorkingGroupMapper.AlertKindRow;
import com.chenbao.schoolconfig.WorkingGroupMapper.GroupRow;
import com.chenbao.schoolconfig.WorkingGroupMapper.MemberRow;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
class WorkingGroupDirectory implements WorkingGroups {

  private final WorkingGroupMapper groups;

  WorkingGroupDirectory(WorkingGroupMapper groups) {
    this.groups = groups;
  }

  @Override
  public List<WorkingGroupView> groupsOf(long schoolId) {
    Map<Long, Set<String>> alertKinds = groups.findAlertKinds(schoolId).stream()
        .collect(Collectors.groupingBy(AlertKindRow::groupId, Collectors.mapping(AlertKindRow::alertKind, Collectors.toSet())));
    Map<Long, List<MemberRow>> members = groups.findMembers(schoolId).stream()
        .collect(Collectors.groupingBy(MemberRow::groupId));
    return groups.findGroups(schoolId).stream()
        .map(row -> new WorkingGroupView(
            row.code(),
            row.name(),
            chat(row),
            new Subscription(TallyScope.fromCode(row.tallyScope()), row.namesAllowed(), row.missingNames(),
                row.absentees(), alertKinds.getOrDefault(row.id(), Set.of())),
            members(members.getOrDefault(row.id(), List.of()))))
        .toList();
  }

  private static ChatBinding chat(GroupRow row) {
    if ("app_robot".equals(row.chatKind()) && row.openConversationId() != null) {
      return new AppRobotChat(row.openConversationId());
    }
    if ("webhook".equals(row.chatKind()) && row.webhookUrl() != null) {
      return new WebhookChat(row.webhookUrl(), row.webhookSecret());
    }
    return new NoChat();
  }

  /** One entry per person: a named role beats membership by rule, and a higher role a lower one. */
  private static List<GroupMember> members(List<MemberRow> rows) {
    Map<Long, GroupMember> byStaff = new LinkedHashMap<>();
    for (MemberRow row : rows) {
      MemberRole role = row.role() == null ? MemberRole.MEMBER : MemberRole.fromCode(row.role());
      GroupMember candidate = new GroupMember(row.staffId(), row.name(), row.dingtalkUserId(), role);
      byStaff.merge(row.staffId(), candidate, (a, b) -> a.role().compareTo(b.role()) <= 0 ? a : b);
    }
    List<GroupMember> members = new ArrayList<>(byStaff.values());
    members.sort(Comparator.comparing(GroupMember::role).thenComparingLong(GroupMember::staffId));
    return members;
  }

}
