package com.chenbao.rounds;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Reads of a round's expected people and their answers, for {@link RoundQuery} and the admin overview. */
@Mapper
interface RoundReadMapper {

  List<SubjectRow> findExpectedSubjects(@Param("roundId") long roundId);

  List<ChildRow> findExpectedChildren(@Param("roundId") long roundId, @Param("guardianId") long guardianId);

  int countExpected(@Param("roundId") long roundId, @Param("kind") String kind, @Param("subjectId") long subjectId);

  record SubjectRow(String subjectKind, long subjectId, String name, @Nullable Long classId,
      @Nullable String gradeName, @Nullable String className, boolean answered, boolean late) {}

  record ChildRow(long studentId, String name, String studentNo, long classId, String gradeName, String className,
      boolean answered) {}
}
