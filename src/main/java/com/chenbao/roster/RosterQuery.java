package com.chenbao.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only questions about a school's people, for rounds, tally, alert, conversation and the
 * sandbox: the roster's tables are named by roster's mappers only (docs/modules.md). Nothing here
 * writes; lists are in a stable display order (grade, class, student number or name).
 */
public interface RosterQuery {

  /**
   * Per class (in the school's grade and class order): class teacher and student counts by status,
   * plus totals.
   *
   * @throws UnknownSchool if no school has this code
   */
  RosterSummary summary(String schoolCode);

  /**
   * The school's students who are expected at school (status active), by grade, class and student
   * number. One query.
   */
  List<StudentView> activeStudents(long schoolId);

  /** The students of the class who are expected at school (status active), by student number. */
  List<StudentView> activeStudentsOfClass(long classId);

  /** Every guardian linked to the student, with the relation as the school wrote it. */
  List<GuardianView> guardiansOfStudent(long studentId);

  /**
   * The guardian's children still at the school (status active or on_leave; transferred-out
   * children are left out), by grade, class and student number.
   */
  List<StudentView> studentsOfGuardian(long guardianId);

  /** The guardian with this DingTalk userId in the school, if any (relation is null). */
  Optional<GuardianView> guardianByDingtalkUserId(long schoolId, String userId);

  /** The staff member with this DingTalk userId in the school, whatever their status. */
  Optional<StaffView> staffByDingtalkUserId(long schoolId, String userId);

  /** Staff members with status active, by name. */
  List<StaffView> activeStaff(long schoolId);

  /** The class whose class teacher is this staff member; the first one if they have two. */
  Optional<ClassView> classTaughtBy(long staffId);

  /** The student with this id, whatever their status; empty if unknown or without a class. */
  Optional<StudentView> student(long studentId);

  /** The staff member with this id, whatever their status. */
  Optional<StaffView> staff(long staffId);

  /** The class with this id, with its class teacher's staff id if one is set. */
  Optional<ClassView> classById(long classId);

  /** The school's student with this student number, whatever their status. */
  Optional<StudentView> studentByNumber(long schoolId, String studentNo);

  /**
   * These students (any school, any status) in grade, class and student-number order; unknown ids
   * are left out. One query.
   */
  List<StudentView> students(Collection<Long> ids);

  /**
   * The school's classes in its grade and class order, each with its class teacher's id if any. One
   * query.
   */
  List<ClassView> classes(long schoolId);

  /** These staff members (any status), by name; unknown ids are left out. One query. */
  List<StaffView> staff(Collection<Long> ids);

  /** The guardians linked to these students (any status), by student and guardian id. One query. */
  List<StudentGuardian> guardiansOf(Collection<Long> studentIds);

  /** Ids of the students linked to the guardian, whatever their status. */
  List<Long> studentIdsOfGuardian(long guardianId);

  /**
   * The school's classes that have an active class teacher, with that teacher, by class id. One
   * query.
   */
  List<ClassTeacher> classTeachers(long schoolId);

  /** Ids of the school's active grade leaders. One query. */
  List<Long> gradeLeaders(long schoolId);

  /**
   * Every guardian with a DingTalk userId and every active staff member with one, of every school:
   * by school code, guardians before staff, then by userId. For the sandbox's stand-in directory.
   */
  List<ChatUser> chatUsers();
}
