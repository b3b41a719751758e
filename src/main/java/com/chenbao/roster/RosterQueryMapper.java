package com.chenbao.roster;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The read side of the roster, for {@link RosterQuery}. */
@Mapper
interface RosterQueryMapper {

  List<RosterSummary.ClassSummary> summarizeClasses(@Param("schoolId") long schoolId);

  int countEnrolledGuardians(@Param("schoolId") long schoolId);

  int countActiveStaff(@Param("schoolId") long schoolId);

  List<StudentView> findActiveStudents(@Param("schoolId") long schoolId);

  List<StudentView> findActiveStudentsOfClass(@Param("classId") long classId);

  List<GuardianView> findGuardiansOfStudent(@Param("studentId") long studentId);

  List<StudentView> findEnrolledStudentsOfGuardian(@Param("guardianId") long guardianId);

  @Nullable GuardianView findGuardianByDingtalkUserId(
      @Param("schoolId") long schoolId, @Param("userId") String userId);

  @Nullable StaffView findStaffByDingtalkUserId(
      @Param("schoolId") long schoolId, @Param("userId") String userId);

  List<StaffView> findActiveStaff(@Param("schoolId") long schoolId);

  @Nullable ClassView findClassTaughtBy(@Param("staffId") long staffId);

  @Nullable StudentView findStudent(@Param("studentId") long studentId);

  @Nullable StaffView findStaffMember(@Param("staffId") long staffId);

  @Nullable ClassView findClass(@Param("classId") long classId);

  StudentView findStudentByNumber(
      @Param("schoolId") long schoolId, @Param("studentNo") String studentNo);

  List<StudentView> findStudents(@Param("ids") Collection<Long> ids);

  List<ClassView> findClasses(@Param("schoolId") long schoolId);

  List<StaffView> findStaff(@Param("ids") Collection<Long> ids);

  List<StudentGuardian> findGuardiansOfStudents(@Param("ids") Collection<Long> studentIds);

  List<Long> findStudentIdsOfGuardian(@Param("guardianId") long guardianId);

  List<ClassTeacher> findClassTeachers(@Param("schoolId") long schoolId);

  List<Long> findGradeLeaders(@Param("schoolId") long schoolId);

  List<ChatUser> findChatUsers();
}
