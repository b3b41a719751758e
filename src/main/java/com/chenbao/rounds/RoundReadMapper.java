package com.chenbao.rounds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** Reads of a round's expected people and their answers, for {@link RoundQuery} and the admin overview. */
@Mapper
interface RoundReadMapper {

  List<SubjectRow> findExpectedSubjects(@Param("roundId") long roundId);

  /** Students in grade, class and student-number order, then staff by name; one query per round. */
  List<ExpectedAnswerRow> findExpectedAnswers(@Param("roundId") long roundId);

  List<ChildRow> findExpectedChildren(@Param("roundId") long roundId, @Param("guardianId") long guardianId);

  int countExpected(@Param("roundId") long roundId, @Param("kind") String kind, @Param("subjectId") long subjectId);

  List<AnswerRow> findAnswers(@Param("roundId") long roundId, @Param("className") @Nullable String className);

  record AnswerRow(String subjectKind, long subjectId, String name, @Nullable String studentNo,
      @Nullable String className, @Nullable BigDecimal temperature, @Nullable String symptoms,
      @Nullable String healthCode, @Nullable String travel, @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms, @Nullable Boolean allNormal, @Nullable String givenQuestions, boolean late,
      int revision, Instant answeredAt, @Nullable String answeredBy, @Nullable String answeredByRelation) {

    com.chenbao.forms.AnswerValues values() {
      return com.chenbao.forms.AnswerValues.fromColumns(temperature, symptoms, healthCode, travel, contact,
          householdSymptoms, allNormal, givenQuestions);
    }
  }

  record ExpectedAnswerRow(String subjectKind, long subjectId, String name, @Nullable Long classId,
      @Nullable String gradeName, @Nullable String className, boolean answered, @Nullable BigDecimal temperature,
      @Nullable String symptoms, @Nullable String healthCode, @Nullable String travel, @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms, @Nullable Boolean allNormal, @Nullable String givenQuestions) {

    com.chenbao.forms.AnswerValues values() {
      return com.chenbao.forms.AnswerValues.fromColumns(temperature, symptoms, healthCode, travel, contact,
          householdSymptoms, allNormal, givenQuestions);
    }
  }

  record SubjectRow(String subjectKind, long subjectId, String name, @Nullable Long classId,
      @Nullable String gradeName, @Nullable String className, boolean answered, boolean late) {}

  record ChildRow(long studentId, String name, String studentNo, long classId, String gradeName, String className,
      boolean answered) {}
}
