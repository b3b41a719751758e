package com.chenbao.rounds;

import java.time.LocalDate;

/**
 * A recorded leave.
 *
 * @param roundsUpdated open rounds of dates in the range the student was taken out of
 */
public record StudentLeave(
    long id,
    long studentId,
    String studentNo,
    String studentName,
    LocalDate from,
    LocalDate to,
    String reason,
    int roundsUpdated) {}
