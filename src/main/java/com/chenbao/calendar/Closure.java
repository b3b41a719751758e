package com.chenbao.calendar;

import java.time.LocalDate;

/** A school's own closure: every date from {@code from} to {@code to} (inclusive) is off. */
public record Closure(long id, LocalDate from, LocalDate to, String reason) {

  boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
