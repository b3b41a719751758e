package com.chenbao.schoolconfig;

import java.util.Optional;

/**
 * Members named by position rather than by person ("every grade leader and class teacher"),
 * resolved at query time.
 */
enum MemberRule {
  CLASS_TEACHERS("class-teachers", "class_teachers"),
  GRADE_LEADERS("grade-leaders", "grade_leaders"),
  ALL_STAFF("all-staff", "all_staff");

  private final String fileValue;
  private final String dbValue;

  MemberRule(String fileValue, String dbValue) {
    this.fileValue = fileValue;
    this.dbValue = dbValue;
  }

  String fileValue() {
    return fileValue;
  }

  /** The value in working_group_member_rules.rule. */
  String dbValue() {
    return dbValue;
  }

  static Optional<MemberRule> fromFile(String value) {
    for (MemberRule rule : values()) {
      if (rule.fileValue.equals(value) || rule.dbValue.equals(value)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
