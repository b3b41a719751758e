package com.chenbao.schoolconfig;

import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import com.chenbao.schoolconfig.SchoolFile.GroupDefinition;
import com.chenbao.schoolconfig.SchoolFile.MemberDefinition;
import com.chenbao.schoolconfig.WorkingGroupMapper.GroupKey;
import com.chenbao.schoolconfig.WorkingGroupMapper.GroupWrite;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Makes a school's working groups match the file: upserts by (school, code), replaces members,
 * rules, subscription and alert kinds, removes groups the file no longer has. Rows that already
 * match are left alone, so applying the same file twice changes nothing. Runs inside the caller's
 * transaction.
 */
@Component
class WorkingGroupWriter {

  private final SchoolDirectory directory;
  private final WorkingGroupMapper groups;

  WorkingGroupWriter(SchoolDirectory directory, WorkingGroupMapper groups) {
    this.directory = directory;
    this.groups = groups;
  }

  /** Returns the staff ids of every named member. */
  Set<Long> write(long schoolId, List<GroupDefinition> definitions) {
    Set<Long> allMembers = new LinkedHashSet<>();
    for (int i = 0; i < definitions.size(); i++) {
      GroupDefinition group = definitions.get(i);
      long groupId = upsertGroup(schoolId, group, i + 1);
      allMembers.addAll(writeMembers(schoolId, groupId, group.members()));
      writeRules(groupId, group);
      writeSubscription(groupId, group.receives());
    }
    Set<String> wanted =
        definitions.stream().map(GroupDefinition::code).collect(Collectors.toSet());
    for (GroupKey existing : groups.findGroupKeys(schoolId)) {
      if (!wanted.contains(existing.code())) {
        remove(existing.id());
      }
    }
    return allMembers;
  }

  private long upsertGroup(long schoolId, GroupDefinition group, int sortOrder) {
    // Java 17: no pattern matching for switch yet, so the sealed binding is taken apart by
    // instanceof.
    GroupWrite row;
    if (group.chat() instanceof AppRobotChat robot) {
      row =
          new GroupWrite(
              schoolId,
              group.code(),
              group.name(),
              "app_robot",
              robot.openConversationId(),
              null,
              null,
              sortOrder);
    } else if (group.chat() instanceof WebhookChat hook) {
      row =
          new GroupWrite(
              schoolId,
              group.code(),
              group.name(),
              "webhook",
              null,
              hook.url(),
              hook.secret(),
              sortOrder);
    } else {
      row =
          new GroupWrite(schoolId, group.code(), group.name(), "none", null, null, null, sortOrder);
    }
    groups.upsertGroup(row);
    return groups.findGroupKeys(schoolId).stream()
        .filter(key -> key.code().equals(group.code()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private Set<Long> writeMembers(long schoolId, long groupId, List<MemberDefinition> members) {
    Set<Long> staffIds = new LinkedHashSet<>();
    for (MemberDefinition member : members) {
      long staffId = directory.upsertStaff(schoolId, member.person());
      staffIds.add(staffId);
      groups.upsertMember(groupId, staffId, member.role().code());
    }
    groups.deleteMembersExcept(groupId, staffIds);
    return staffIds;
  }

  private void writeRules(long groupId, GroupDefinition group) {
    List<String> rules = group.rules().stream().map(MemberRule::dbValue).toList();
    groups.deleteRulesExcept(groupId, rules);
    rules.forEach(rule -> groups.insertRuleIfAbsent(groupId, rule));
  }

  private void writeSubscription(long groupId, Subscription receives) {
    groups.upsertSubscription(groupId, receives, receives.tallyScope().code());
    groups.deleteAlertKindsExcept(groupId, receives.alertKinds());
    receives.alertKinds().forEach(kind -> groups.insertAlertKindIfAbsent(groupId, kind));
  }

  /** The group and what hangs off it; the staff rows stay (they are people, not group config). */
  private void remove(long groupId) {
    groups.deleteAllMembers(groupId);
    groups.deleteRulesExcept(groupId, List.of());
    groups.deleteSubscription(groupId);
    groups.deleteAlertKindsExcept(groupId, List.of());
    groups.deleteGroup(groupId);
  }
}
