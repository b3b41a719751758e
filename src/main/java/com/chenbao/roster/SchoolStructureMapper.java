package com.chenbao.roster;

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

  @Nullable
  Long findGradeId(@Param("schoolId") long schoolId, @Param("name") String name);

  void upsertClass(
      @Param("schoolId") long schoolId,
      @Param("gradeId") long gradeId,
      @Param("name") String name,
      @Param("sortOrder") int sortOrder);
}
