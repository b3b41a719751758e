package com.chenbao.rounds;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Who a step of a round speaks to, read from the round's expected snapshot and its answers. */
@Mapper
public interface RoundPeopleMapper {

  /**
   * One row per guardian and expected child, by guardian, then grade, class and student number.
   *
   * @param onlyUnanswered only children with no answer in the round yet
   */
  List<GuardianChild> findGuardianChildren(@Param("roundId") long roundId, @Param("onlyUnanswered") boolean onlyUnanswered);

  /** Expected staff members, by id. */
  List<StaffSubject> findStaff(@Param("roundId") long roundId, @Param("onlyUnanswered") boolean onlyUnanswered);

  /** Classes with expected students in the round, in the school's order, with their class teacher if any. */
  List<ClassTeacher> findClassTeachers(@Param("roundId") long roundId);

  /**
   * One row per unanswered expected student and guardian (a student without guardians: one row with null
   * guardian), with the status of the guardian's prompt in this round, by class and student number.
   */
  List<MissingGuardian> findMissingWithGuardians(@Param("roundId") long roundId);

  /** Per class with expected students: how many are expected and how many answered. */

  /** Anomalies of the round's expected students, by class, student number and kind. */



  record GuardianChild(
      long guardianId,
      @Nullable String guardianUserId,
      long studentId,
      String studentName,
      String gradeName,
      String className,
      long classId) {}

  record StaffSubject(long staffId, String name, @Nullable String userId) {}

  record ClassTeacher(
      long classId,
      String gradeName,
      String className,
      @Nullable Long teacherId,
      @Nullable String teacherUserId) {}

  record MissingGuardian(
      long classId,
      long studentId,
      String studentName,
      @Nullable Long guardianId,
      @Nullable String relation,
      @Nullable String phone,
      @Nullable String promptStatus) {}
}
