package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * Reads of a round's expected snapshot and its answers: this module's tables only. Names, classes
 * and guardians come from the roster ({@link RoundPeople}).
 */
@Mapper
interface RoundReadMapper {

  /**
   * The round's expected subjects with their current answer, unordered.
   *
   * @param kind {@code student}, {@code staff} or null for both
   * @param onlyUnanswered only subjects nobody has answered for
   * @param ids only these subjects (null: all; must not be empty)
   */
  List<ExpectedRow> findExpected(
      @Param("roundId") long roundId,
      @Param("kind") @Nullable String kind,
      @Param("onlyUnanswered") boolean onlyUnanswered,
      @Param("ids") @Nullable Collection<Long> ids);

  int countExpected(
      @Param("roundId") long roundId,
      @Param("kind") String kind,
      @Param("subjectId") long subjectId);

  /**
   * The round's current answers with the subject's class in the snapshot (null if not expected),
   * unordered.
   */
  List<AnswerRow> findAnswers(@Param("roundId") long roundId);

  /**
   * @param classId the student's class in the snapshot; null for staff
   */
  /** Guardians who answered for some child in the round. */
  List<Long> findAnsweringGuardians(@Param("roundId") long roundId);

  record ExpectedRow(
      String subjectKind,
      long subjectId,
      @Nullable Long classId,
      boolean answered,
      boolean late,
      @Nullable BigDecimal temperature,
      @Nullable String symptoms,
      @Nullable String healthCode,
      @Nullable String travel,
      @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms,
      @Nullable Boolean allNormal,
      @Nullable String givenQuestions) {

    AnswerValues values() {
      return AnswerValues.fromColumns(
          temperature,
          symptoms,
          healthCode,
          travel,
          contact,
          householdSymptoms,
          allNormal,
          givenQuestions);
    }
  }

  record AnswerRow(
      String subjectKind,
      long subjectId,
      @Nullable Long classId,
      String answeredByKind,
      long answeredById,
      @Nullable BigDecimal temperature,
      @Nullable String symptoms,
      @Nullable String healthCode,
      @Nullable String travel,
      @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms,
      @Nullable Boolean allNormal,
      @Nullable String givenQuestions,
      boolean late,
      int revision,
      Instant answeredAt) {

    AnswerValues values() {
      return AnswerValues.fromColumns(
          temperature,
          symptoms,
          healthCode,
          travel,
          contact,
          householdSymptoms,
          allNormal,
          givenQuestions);
    }
  }
}
