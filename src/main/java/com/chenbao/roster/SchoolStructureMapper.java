package com.chenbao.roster;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Grades and classes of a school. */
@Mapper
interface SchoolStructureMapper {

  void upsertGrade(
      @Param("schoolId") long schoolId,
      @Param("name") String name,
      @Param("sortOrder") int sortOrder,
      @Param("leaderStaffId") @Nullable Long leaderStaffId);

  @Nullable Long findGradeId(@Param("schoolId") long schoolId, @Param("name") String name);

  void upsertClass(
      @Param("schoolId") long schoolId,
      @Param("gradeId") long gradeId,
      @Param("name") String name,
      @Param("sortOrder") int sortOrder);

  /** Every class of the school, in grade and class order. */
  List<ClassRow> findClasses(@Param("schoolId") long schoolId);

  void setClassTeacher(@Param("classId") long classId, @Param("staffId") long staffId);

  record ClassRow(
      long id, long gradeId, String grade, String name, @Nullable Long teacherStaffId) {}
}
