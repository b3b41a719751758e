package com.chenbao.alert;

import com.chenbao.forms.AnswerValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * Read-only: the answer an event is about, with its round, and the roster facts an alert names. The
 * rounds module owns these tables; nothing here writes them.
 */
@Mapper
interface AlertAnswerMapper {

  @Nullable
  AnswerRow findAnswer(
      @Param("roundId") long roundId, @Param("subjectKind") String subjectKind, @Param("subjectId") long subjectId);

  @Nullable
  StudentRow findStudent(@Param("studentId") long studentId);

  @Nullable
  StaffRow findStaff(@Param("staffId") long staffId);

  /** The current answer of one subject, with the round's form and the school's zone. */
  record AnswerRow(
      long roundId,
      long schoolId,
      String formCode,
      String timeZone,
      String subjectKind,
      long subjectId,
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
      Instant answeredAt) {

    /** The answer as the form rules read it. */
    AnswerValues values() {
      return AnswerValues.fromColumns(temperature, symptoms, healthCode, travel, contact, householdSymptoms, allNormal,
          givenQuestions);
    }
  }

  record StudentRow(
      long id,
      String name,
      long classId,
      String grade,
      String className,
      @Nullable Long teacherStaffId,
      @Nullable String teacherName,
      @Nullable String teacherUserId) {}

  record StaffRow(long id, String name, @Nullable String title) {}
}
