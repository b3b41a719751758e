package com.chenbao.alert;

import org.jspecify.annotations.Nullable;

/**
 * Who an alert is about, as the texts name them.
 *
 * @param place grade and class of a student, or a staff member's post
 * @param classId the student's class; null for staff
 * @param teacher the student's class teacher; null for staff or a class without one
 * @param reporter who answered, e.g. the student's name and the guardian's relation
 * @param time the answer's clock time in the school's zone
 */
record AlertSubject(
    String subjectKind,
    long subjectId,
    String name,
    String place,
    @Nullable Long classId,
    @Nullable ClassTeacher teacher,
    String reporter,
    String time) {

  /**
   * @param userId the teacher's DingTalk userId; null if the roster does not know it
   */
  record ClassTeacher(long staffId, String name, @Nullable String userId) {}
}
