package com.chenbao.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mainland China's public holidays and make-up working days, as read from the holiday file: for
 * each date either off (with the holiday's name) or a make-up day (with the name of the holiday it
 * serves).
 */
final class PublicHolidays {

  /** What the holiday file says about one date. */
  record Entry(String holiday, boolean makeUpDay) {}

  private final Map<LocalDate, Entry> entries;
  private final Set<Integer> years;
  private final Set<Integer> provisionalYears;

  PublicHolidays(Map<LocalDate, Entry> entries, Set<Integer> years, Set<Integer> provisionalYears) {
    this.entries = Map.copyOf(entries);
    this.years = Set.copyOf(years);
    this.provisionalYears = Set.copyOf(provisionalYears);
  }

  Optional<Entry> entry(LocalDate date) {
    return Optional.ofNullable(entries.get(date));
  }

  /** Whether the file has data for the date's year (else only weekends are known). */
  boolean covers(LocalDate date) {
    return years.contains(date.getYear());
  }

  Set<Integer> years() {
    return years;
  }

  Set<Integer> provisionalYears() {
    return provisionalYears;
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
