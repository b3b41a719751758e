package com.chenbao.roster;

import com.chenbao.shared.MessageTexts;
import java.util.List;

/**
 * The columns of the two kinds of roster sheet. Header texts live in bot-templates/texts/roster.yml
 * ({@code roster.column.<key>}), so a school whose office names a column differently can change it
 * there.
 */
enum RosterColumn {
  GRADE("grade"),
  CLASS("class"),
  STUDENT_NO("student-no"),
  STUDENT_NAME("student-name"),
  GUARDIAN_NAME("guardian-name"),
  RELATION("relation"),
  GUARDIAN_PHONE("guardian-phone"),
  GUARDIAN_DINGTALK("guardian-dingtalk"),
  TEACHER_NAME("teacher-name"),
  TEACHER_DINGTALK("teacher-dingtalk"),
  STAFF_NAME("staff-name"),
  STAFF_PHONE("staff-phone"),
  STAFF_DINGTALK("staff-dingtalk"),
  STAFF_TITLE("staff-title");

  static final List<RosterColumn> STUDENT_REQUIRED =
      List.of(GRADE, CLASS, STUDENT_NO, STUDENT_NAME, GUARDIAN_NAME, GUARDIAN_PHONE);
  static final List<RosterColumn> STUDENT_ALL =
      List.of(
          GRADE,
          CLASS,
          STUDENT_NO,
          STUDENT_NAME,
          GUARDIAN_NAME,
          RELATION,
          GUARDIAN_PHONE,
          GUARDIAN_DINGTALK,
          TEACHER_NAME,
          TEACHER_DINGTALK);
  static final List<RosterColumn> STAFF_REQUIRED = List.of(STAFF_NAME, STAFF_PHONE);
  static final List<RosterColumn> STAFF_ALL =
      List.of(STAFF_NAME, STAFF_PHONE, STAFF_DINGTALK, STAFF_TITLE);

  private final String key;

  RosterColumn(String key) {
    this.key = key;
  }

  String header(MessageTexts texts) {
    return texts.render("roster.column." + key);
  }
}
