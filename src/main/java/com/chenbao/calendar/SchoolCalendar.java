package com.chenbao.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a date is a school day for a school, and why. Weekends are off unless they are a make-up
 * working day (tiaoxiu); public holidays are off; the school's own closures are off and win over
 * everything. Dates are the school's local dates. Read-only; every call sees closures added a
 * moment earlier.
 */
public interface SchoolCalendar {

  /**
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   */
  boolean isSchoolDay(String schoolCode, LocalDate date);

  /**
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   */
  DayStatus dayStatus(String schoolCode, LocalDate date);

  /**
   * One status per date from {@code from} to {@code to}, both inclusive, in date order.
   *
   * @throws com.chenbao.roster.UnknownSchool if no school has this code
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the range exceeds 366
   *     days
   */
  List<DayStatus> days(String schoolCode, LocalDate from, LocalDate to);
}
