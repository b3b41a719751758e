package com.chenbao.rounds;

import com.chenbao.forms.AnswerValues;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The current answer per subject and round, and its revisions. */
@Mapper
interface AnswerMapper {

  /** The revision that recorded this message for the subject, if any. */
  @Nullable Integer findRevisionOfMessage(
      @Param("key") SubjectKey key, @Param("msgId") String msgId);

  /**
   * Inserts revision 1, or replaces the answer with the next revision (keeping the first answer's
   * time and late flag). The row stays locked until the transaction ends, so concurrent answers get
   * distinct revisions.
   */
  void upsert(@Param("key") SubjectKey key, @Param("answer") AnswerRow answer);

  AnswerState findState(@Param("key") SubjectKey key);

  /** The class the round expected the subject in; null for staff or a subject it did not expect. */
  @Nullable Long findExpectedClass(@Param("key") SubjectKey key);

  @Nullable CurrentRow findCurrent(@Param("key") SubjectKey key);

  /**
   * The current answer, locked until the transaction ends, so a later reply merges with what is
   * stored.
   */
  @Nullable CurrentRow lockCurrent(@Param("key") SubjectKey key);

  void insertRevision(
      @Param("key") SubjectKey key,
      @Param("revision") int revision,
      @Param("answer") AnswerRow answer,
      @Param("payloadJson") String payloadJson);

  record SubjectKey(long roundId, String subjectKind, long subjectId) {}

  /** Column values of one answer; {@code symptoms} comma-separated option codes. */
  record AnswerRow(
      String answeredByKind,
      long answeredById,
      @Nullable BigDecimal temperature,
      @Nullable String symptoms,
      @Nullable String healthCode,
      @Nullable String travel,
      @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms,
      boolean allNormal,
      String givenQuestions,
      @Nullable String rawText,
      boolean late,
      @Nullable String msgId,
      Instant at) {}

  record AnswerState(int revision, boolean late) {}

  /** The current answer's columns; {@code symptoms} comma-separated option codes. */
  record CurrentRow(
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
      @Nullable String rawText,
      int revision) {

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
