package com.chenbao.conversation;

import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * A class teacher's leave command: "qingjia Wang Xiaoming 2 tian fashao" or "qingjia Wang Xiaoming
 * 12 yue 1 ri - 12 yue 2 ri ganmao". Exactly one of {@code days} and {@code from} is set; the
 * caller turns days or month-days into dates (days count from today; a month-day before today means
 * next year).
 *
 * @param student the name as typed
 * @param days number of school days from today, or null when dates were given
 * @param from first day, or null when a number of days was given
 * @param to last day (equal to {@code from} for one day), null exactly when {@code from} is
 * @param reason the rest of the command as typed; may be empty
 */
public record LeaveRequest(
    String student,
    @Nullable Integer days,
    @Nullable MonthDay from,
    @Nullable MonthDay to,
    String reason) {

  public LeaveRequest {
    if ((days == null) == (from == null) || (from == null) != (to == null)) {
      throw new IllegalArgumentException("A leave has either a number of days or a from-to range");
    }
    if (days != null && days < 1) {
      throw new IllegalArgumentException("A leave lasts at least one day: " + days);
    }
  }
}
