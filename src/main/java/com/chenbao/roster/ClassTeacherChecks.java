package com.chenbao.roster;

import com.chenbao.roster.SchoolStructureMapper.ClassRow;
import com.chenbao.shared.MessageTexts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The class teacher columns of student rows: every row of a class that names a teacher must name
 * the same one. A row may leave the DingTalk userId empty that another row gives.
 */
final class ClassTeacherChecks {

  private final MessageTexts texts;
  private final RowErrors errors;
  private final Map<Long, StaffRef> teachers = new LinkedHashMap<>();
  private final Map<Long, RowRef> firstRows = new LinkedHashMap<>();

  ClassTeacherChecks(MessageTexts texts, RowErrors errors) {
    this.texts = texts;
    this.errors = errors;
  }

  /**
   * False (and an error added) if the row names another teacher than an earlier row of its class.
   */
  boolean check(SheetLine line, ClassRow schoolClass) {
    String name = line.get(RosterColumn.TEACHER_NAME);
    if (name.isEmpty()) {
      return true;
    }
    String userId = line.get(RosterColumn.TEACHER_DINGTALK);
    StaffRef teacher =
        new StaffRef(
            name,
            userId.isEmpty() ? null : userId,
            null,
            texts.render("roster.class-teacher-title"));
    StaffRef first = teachers.putIfAbsent(schoolClass.id(), teacher);
    if (first == null) {
      firstRows.put(schoolClass.id(), line.at());
      return true;
    }
    if (first.name().equals(name)
        && (teacher.dingtalkUserId() == null
            || first.dingtalkUserId() == null
            || first.dingtalkUserId().equals(teacher.dingtalkUserId()))) {
      if (first.dingtalkUserId() == null && teacher.dingtalkUserId() != null) {
        teachers.put(schoolClass.id(), teacher);
      }
      return true;
    }
    errors.add(
        line.at(),
        RosterColumn.TEACHER_NAME,
        "teacher-conflict",
        Map.of(
            "grade",
            schoolClass.grade(),
            "class",
            schoolClass.name(),
            "firstAt",
            errors.where(firstRows.get(schoolClass.id()), line.at()),
            "first",
            describe(first),
            "value",
            describe(teacher)));
    return false;
  }

  Map<Long, StaffRef> result() {
    return new LinkedHashMap<>(teachers);
  }

  private static String describe(StaffRef teacher) {
    return teacher.dingtalkUserId() == null
        ? teacher.name()
        : teacher.name() + " (" + teacher.dingtalkUserId() + ")";
  }
}
