package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The rounds table and its expected-people snapshot. */
@Mapper
interface RoundMapper {

  @Nullable RoundRow findRound(
      @Param("schoolId") long schoolId,
      @Param("formCode") String formCode,
      @Param("date") LocalDate date);

  @Nullable RoundRow findRoundById(@Param("roundId") long roundId);

  /** Plain insert: a second round for the same school, form and date fails on uk_rounds. */
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insertRound(NewRound round);

  /** Active students of the school without a leave covering the date. */
  /** Students with a leave covering the date (any school; the caller keeps its own). */
  List<Long> findStudentsOnLeave(@Param("date") LocalDate date);

  /** Adds these subjects to the round's snapshot. */
  int insertExpected(
      @Param("roundId") long roundId,
      @Param("kind") String kind,
      @Param("subjects") List<Expected> subjects);

  /**
   * @param classId the student's class; null for staff
   */
  record Expected(long subjectId, @Nullable Long classId) {}

  /** open to closed; 0 if the round was not open. */
  int close(@Param("roundId") long roundId, @Param("now") Instant now);

  /** open to skipped; 0 if the round was not open. */
  int skip(@Param("roundId") long roundId, @Param("reason") String reason);

  /** Parameter object for {@link #insertRound}; MyBatis writes the generated id back into it. */
  final class NewRound {
    public @Nullable Long id;
    public final long schoolId;
    public final String formCode;
    public final LocalDate date;
    public final String status;
    public final @Nullable String skipReason;
    public final Instant now;

    NewRound(
        long schoolId,
        String formCode,
        LocalDate date,
        String status,
        @Nullable String skipReason,
        Instant now) {
      this.schoolId = schoolId;
      this.formCode = formCode;
      this.date = date;
      this.status = status;
      this.skipReason = skipReason;
      this.now = now;
    }
  }
}
