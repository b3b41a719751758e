package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A round at a glance for the admin API: counts, the people still missing, the current anomalies,
 * and a row per class (students) plus one for the staff.
 *
 * @param expected everyone expected, students and staff together: read {@code students} and {@code
 *     staff} for the figures people report (a school counts them apart)
 * @param students the students expected, answered and missing (the sum of the class rows)
 * @param staff the staff expected, answered and missing
 * @param anomalies the current anomalies, urgent first, then as they were found
 */
record RoundOverview(
    String schoolCode,
    String formCode,
    LocalDate date,
    RoundStatus status,
    Instant deadline,
    @Nullable Instant closedAt,
    int expected,
    int answered,
    int missing,
    int lateAnswers,
    Counts students,
    Counts staff,
    List<ClassRow> classes,
    List<MissingPerson> missingPeople,
    List<Anomaly> anomalies) {

  record ClassRow(long classId, String className, int expected, int answered, int missing) {}

  record Counts(int expected, int answered, int missing) {}

  /**
   * @param kind student or staff; @param className null for staff
   */
  record MissingPerson(String kind, long id, String name, @Nullable String className) {}

  /**
   * A current anomaly with the person it is about.
   *
   * @param subjectKind student or staff
   * @param className grade and class of a student; null for staff
   * @param severity {@code urgent} or {@code warning}
   * @param detail the finding as people read it (Chinese)
   */
  record Anomaly(
      String subjectKind,
      long subjectId,
      String name,
      @Nullable String className,
      String kind,
      String severity,
      String detail,
      Instant detectedAt) {}
}
