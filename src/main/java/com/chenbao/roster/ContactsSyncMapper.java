package com.chenbao.roster;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * What the home-school contacts sync reads of the roster, the userIds it fills in, and its reports.
 */
@Mapper
interface ContactsSyncMapper {

  /**
   * Every guardian of the school; {@code enrolled}: linked to a student who is active or on leave.
   */
  List<RosterGuardian> findGuardians(@Param("schoolId") long schoolId);

  /** Every student of the school with grade and class names. */
  List<RosterStudent> findStudents(@Param("schoolId") long schoolId);

  List<GuardianMapper.LinkRow> findLinks(@Param("schoolId") long schoolId);

  /** Sets the userId only where none is stored; returns the rows changed (0 or 1). */
  int fillGuardianUserId(
      @Param("id") long id, @Param("userId") String userId, @Param("now") Instant now);

  int fillStudentUserId(
      @Param("id") long id, @Param("userId") String userId, @Param("now") Instant now);

  void insertReport(
      @Param("schoolId") long schoolId,
      @Param("trigger") String trigger,
      @Param("startedAt") Instant startedAt,
      @Param("finishedAt") Instant finishedAt,
      @Param("outcome") String outcome,
      @Param("calls") int calls,
      @Param("guardiansFilled") int guardiansFilled,
      @Param("studentsFilled") int studentsFilled,
      @Param("report") String report);

  @Nullable String findLastReport(@Param("schoolId") long schoolId);

  record RosterGuardian(
      long id, String name, String phone, @Nullable String dingtalkUserId, boolean enrolled) {}

  record RosterStudent(
      long id,
      String studentNo,
      String name,
      long classId,
      String grade,
      String className,
      String status,
      @Nullable String dingtalkUserId) {

    boolean enrolled() {
      return !"transferred_out".equals(status);
    }
  }
}
