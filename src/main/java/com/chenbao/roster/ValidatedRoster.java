package com.chenbao.roster;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A roster file that passed validation, reduced to what will be written. {@code hasStudents} and
 * {@code hasStaff} say whether the file carried that kind of sheet with data rows: only then are
 * the people of that kind who are missing from the file deactivated.
 */
record ValidatedRoster(
    boolean hasStudents, Students students, boolean hasStaff, List<StaffRef> staff) {

  /**
   * Students by student number, guardians by normalised phone, the links between them, class
   * teachers by class id.
   */
  record Students(
      Map<String, Student> byNumber,
      Map<String, Guardian> guardians,
      List<Link> links,
      Map<Long, StaffRef> classTeachers) {}

  record Student(String studentNo, String name, long classId) {}

  record Guardian(String phone, String name, @Nullable String dingtalkUserId) {}

  record Link(String studentNo, String phone, String relation) {}
}
