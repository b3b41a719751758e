package com.chenbao.schoolconfig;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Working groups with their members, member rules, subscription and alert kinds. */
@Mapper
interface WorkingGroupMapper {

  /** Inserts the group or updates the one with the same (school, code). */
  void upsertGroup(GroupWrite group);

  List<GroupKey> findGroupKeys(@Param("schoolId") long schoolId);

  void upsertMember(
      @Param("groupId") long groupId, @Param("staffId") long staffId, @Param("role") String role);

  /** Removes the group's named members whose staff id is not in {@code keep} (all if empty). */
  void deleteMembersExcept(@Param("groupId") long groupId, @Param("keep") Collection<Long> keep);

  void insertRuleIfAbsent(@Param("groupId") long groupId, @Param("rule") String rule);

  void deleteRulesExcept(@Param("groupId") long groupId, @Param("keep") Collection<String> keep);

  void upsertSubscription(
      @Param("groupId") long groupId,
      @Param("s") Subscription subscription,
      @Param("tallyScope") String tallyScope);

  void insertAlertKindIfAbsent(@Param("groupId") long groupId, @Param("kind") String kind);

  void deleteAlertKindsExcept(
      @Param("groupId") long groupId, @Param("keep") Collection<String> keep);

  /** The four deletes that precede {@link #deleteGroup}: children first, for the foreign keys. */
  void deleteAllMembers(@Param("groupId") long groupId);

  void deleteSubscription(@Param("groupId") long groupId);

  void deleteGroup(@Param("groupId") long groupId);

  List<GroupRow> findGroups(@Param("schoolId") long schoolId);

  List<AlertKindRow> findAlertKinds(@Param("schoolId") long schoolId);

  /**
   * Staff named as members of the school's working groups (not those who are members by a rule).
   */
  List<Long> findMemberStaffIds(@Param("schoolId") long schoolId);

  /** Members named in the school file, whatever the staff member's status. */
  List<NamedMemberRow> findNamedMembers(@Param("schoolId") long schoolId);

  /**
   * Membership rules of the school's groups ({@code class_teachers}, {@code grade_leaders}, {@code
   * all_staff}).
   */
  List<RuleRow> findMemberRules(@Param("schoolId") long schoolId);

  record GroupKey(long id, String code) {}

  record GroupWrite(
      long schoolId,
      String code,
      String name,
      String chatKind,
      @Nullable String openConversationId,
      @Nullable String webhookUrl,
      @Nullable String webhookSecret,
      int sortOrder) {}

  record GroupRow(
      long id,
      String code,
      String name,
      String chatKind,
      @Nullable String openConversationId,
      @Nullable String webhookUrl,
      @Nullable String webhookSecret,
      String tallyScope,
      boolean namesAllowed,
      boolean missingNames,
      boolean absentees) {}

  record AlertKindRow(long groupId, String alertKind) {}

  record NamedMemberRow(long groupId, long staffId, String role) {}

  record RuleRow(long groupId, String rule) {}
}
