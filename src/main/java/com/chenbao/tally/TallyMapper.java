package com.chenbao.tally;

import com.chenbao.forms.AnswerValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * Read-only: a round, its expected subjects with their current answers, and the class teachers. The
 * rounds and roster modules own these tables; nothing here writes them.
 */
@Mapper
interface TallyMapper {

  @Nullable
  RoundRow findRound(
      @Param("schoolId") long schoolId, @Param("formCode") String formCode, @Param("date") LocalDate date);

  /** Students in the school's grade, class and student-number order, then staff by name. */
  List<ExpectedRow> findExpected(@Param("roundId") long roundId);

  /** Active class teachers of the school's classes. */
  List<ClassTeacherRow> findClassTeachers(@Param("schoolId") long schoolId);

  /** @param status open, closed or skipped */
  record RoundRow(long id, String status) {}

  record ExpectedRow(
      String subjectKind,
      long subjectId,
      String name,
      @Nullable Long classId,
      @Nullable String grade,
      @Nullable String className,
      boolean answered,
      @Nullable BigDecimal temperature,
      @Nullable String symptoms,
      @Nullable String healthCode,
      @Nullable String travel,
      @Nullable Boolean contact,
      @Nullable Boolean householdSymptoms,
      @Nullable Boolean allNormal,
      @Nullable String givenQuestions) {

    /** The answer as the form rules read it. */
    AnswerValues values() {
      return AnswerValues.fromColumns(temperature, symptoms, healthCode, travel, contact, householdSymptoms, allNormal,
          givenQuestions);
    }
  }

  /** @param userId the teacher's DingTalk userId; null if unknown */
  record ClassTeacherRow(long classId, long staffId, String name, @Nullable String userId) {}
}
