package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A round at a glance for the admin API: counts, the people still missing, the current anomalies, and a
 * row per class (students) plus one for the staff.
 *
 * @param expected everyone expected, students and staff together: read {@code students} and {@code staff}
 *     for the figures people report (a school counts them apart)
 * @param students the students expected, answered and missing (the sum of the class rows)
 * @param staff the staff expected, answered and missing
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
    List<RoundReadMapper.AnomalyRow> anomalies) {

  record ClassRow(long classId, String className, int expected, int answered, int missing) {}

  record Counts(int expected, int answered, int missing) {}

  /** @param kind student or staff; @param className null for staff */
  record MissingPerson(String kind, long id, String name, @Nullable String className) {}
}
