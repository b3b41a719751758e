package com.chenbao.alert;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

@Mapper
interface AnomalyMapper {

  /** Makes sure the subject has an evaluation row (revision 0 when new). */
  void ensureEvaluation(
      @Param("roundId") long roundId,
      @Param("subjectKind") String subjectKind,
      @Param("subjectId") long subjectId);

  /**
   * Locks the subject's evaluation row until the transaction ends; returns the last revision
   * evaluated.
   */
  int lockEvaluation(
      @Param("roundId") long roundId,
      @Param("subjectKind") String subjectKind,
      @Param("subjectId") long subjectId);

  void markEvaluated(
      @Param("roundId") long roundId,
      @Param("subjectKind") String subjectKind,
      @Param("subjectId") long subjectId,
      @Param("revision") int revision);

  /**
   * Records a finding of the subject's current answer: a new row, or the existing one with the
   * latest detail and made current again. The row's id (what alerts are de-duplicated on) never
   * changes.
   */
  void upsertCurrent(
      @Param("roundId") long roundId,
      @Param("subjectKind") String subjectKind,
      @Param("subjectId") long subjectId,
      @Param("classId") @Nullable Long classId,
      @Param("kind") String kind,
      @Param("severity") String severity,
      @Param("detail") String detail,
      @Param("now") Instant now);

  /**
   * Marks the subject's anomalies whose kind is not in {@code currentKinds} as cleared by a
   * correction.
   */
  void clearAllBut(
      @Param("roundId") long roundId,
      @Param("subjectKind") String subjectKind,
      @Param("subjectId") long subjectId,
      @Param("currentKinds") List<String> currentKinds,
      @Param("now") Instant now);

  List<AnomalyRow> findCurrentOfSubject(
      @Param("roundId") long roundId,
      @Param("subjectKind") String subjectKind,
      @Param("subjectId") long subjectId);

  /** The round's current anomalies, of one kind or (kind null) all. */
  List<AnomalyRow> findCurrentOfRound(
      @Param("roundId") long roundId, @Param("kind") @Nullable String kind);

  /**
   * Current anomalies of {@code kind} in the round among the students of the class, or (classId
   * null) among the staff.
   */
  int countCurrentAlike(
      @Param("roundId") long roundId,
      @Param("kind") String kind,
      @Param("classId") @Nullable Long classId);

  record AnomalyRow(
      long id,
      long roundId,
      String subjectKind,
      long subjectId,
      String kind,
      String severity,
      String detail,
      Instant detectedAt) {}
}
