package com.chenbao.schoolconfig;

import com.chenbao.roster.ClassTeacher;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.StaffView;
import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.NoChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import com.chenbao.schoolconfig.WorkingGroupMapper.AlertKindRow;
import com.chenbao.schoolconfig.WorkingGroupMapper.GroupRow;
import com.chenbao.schoolconfig.WorkingGroupMapper.NamedMemberRow;
import com.chenbao.schoolconfig.WorkingGroupMapper.RuleRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class WorkingGroupDirectory implements WorkingGroups {

  private final WorkingGroupMapper groups;
  private final RosterQuery roster;

  WorkingGroupDirectory(WorkingGroupMapper groups, RosterQuery roster) {
    this.groups = groups;
    this.roster = roster;
  }

  /** A member as found: named (with the file's role) or by rule (role null). */
  private record MemberRow(
      long groupId,
      long staffId,
      String name,
      @Nullable String dingtalkUserId,
      @Nullable String role) {}

  @Override
  public List<WorkingGroupView> groupsOf(long schoolId) {
    Map<Long, Set<String>> alertKinds =
        groups.findAlertKinds(schoolId).stream()
            .collect(
                Collectors.groupingBy(
                    AlertKindRow::groupId,
                    Collectors.mapping(AlertKindRow::alertKind, Collectors.toSet())));
    Map<Long, List<MemberRow>> members =
        members(schoolId).stream().collect(Collectors.groupingBy(MemberRow::groupId));
    return groups.findGroups(schoolId).stream()
        .map(
            row ->
                new WorkingGroupView(
                    row.code(),
                    row.name(),
                    chat(row),
                    new Subscription(
                        TallyScope.fromCode(row.tallyScope()),
                        row.namesAllowed(),
                        row.missingNames(),
                        row.absentees(),
                        alertKinds.getOrDefault(row.id(), Set.of())),
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

  /**
   * Named members and members by rule (class teachers, grade leaders, all staff), active staff
   * only; a person may appear more than once per group. Rules are resolved against the roster now
   * (its API, a few queries per school), so a roster import that changes a class teacher or a grade
   * leader changes the group without re-applying the school file.
   */
  private List<MemberRow> members(long schoolId) {
    List<NamedMemberRow> named = groups.findNamedMembers(schoolId);
    List<RuleRow> rules = groups.findMemberRules(schoolId);
    if (named.isEmpty() && rules.isEmpty()) {
      return List.of();
    }
    Map<Long, StaffView> active = new LinkedHashMap<>();
    roster.activeStaff(schoolId).forEach(s -> active.put(s.id(), s));
    List<MemberRow> rows = new ArrayList<>();
    for (NamedMemberRow row : named) {
      StaffView s = active.get(row.staffId());
      if (s != null) {
        rows.add(new MemberRow(row.groupId(), s.id(), s.name(), s.dingtalkUserId(), row.role()));
      }
    }
    Map<String, List<Long>> byRule = new HashMap<>();
    for (RuleRow rule : rules) {
      List<Long> ids =
          byRule.computeIfAbsent(
              rule.rule(),
              r ->
                  switch (r) {
                    case "class_teachers" ->
                        roster.classTeachers(schoolId).stream()
                            .map(ClassTeacher::staffId)
                            .distinct()
                            .toList();
                    case "grade_leaders" -> roster.gradeLeaders(schoolId);
                    case "all_staff" -> List.copyOf(active.keySet());
                    default -> List.of();
                  });
      for (long id : ids) {
        StaffView s = active.get(id);
        if (s != null) {
          rows.add(new MemberRow(rule.groupId(), s.id(), s.name(), s.dingtalkUserId(), null));
        }
      }
    }
    return rows;
  }

  /** One entry per person: a named role beats membership by rule, and a higher role a lower one. */
  private static List<GroupMember> members(List<MemberRow> rows) {
    Map<Long, GroupMember> byStaff = new LinkedHashMap<>();
    for (MemberRow row : rows) {
      MemberRole role = row.role() == null ? MemberRole.MEMBER : MemberRole.fromCode(row.role());
      GroupMember candidate =
          new GroupMember(row.staffId(), row.name(), row.dingtalkUserId(), role);
      byStaff.merge(row.staffId(), candidate, (a, b) -> a.role().compareTo(b.role()) <= 0 ? a : b);
    }
    List<GroupMember> members = new ArrayList<>(byStaff.values());
    members.sort(Comparator.comparing(GroupMember::role).thenComparingLong(GroupMember::staffId));
    return members;
  }
}
