package com.chenbao.rounds;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Leave of a student for a date range. A student on leave on a date is not expected in that date's
 * rounds: rounds opened later leave them out of their snapshot, and a round of a date in the range
 * that is already open (not yet closed) drops them if nobody has answered for them yet.
 */
public interface StudentLeaves {

  /**
   * @param createdBy who records it, for the row (e.g. {@code api-token} or a class teacher's
   *     userId)
   * @throws UnknownStudent if the school has no student with this number
   * @throws InvalidLeave if a date is missing, {@code to} is before {@code from}, the range is
   *     longer than {@link InvalidLeave#MAX_DAYS} days, or the reason is blank or too long
   */
  StudentLeave recordLeave(
      long schoolId,
      String studentNo,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String reason,
      String createdBy);
}
