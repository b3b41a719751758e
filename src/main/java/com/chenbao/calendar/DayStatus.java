package com.chenbao.calendar;

/**
 * The status of one date for one school. {@code reason} is for people (the school office reads it
 * in the calendar listing): the holiday's name, the closure's reason, or a short text for weekends,
 * make-up days and ordinary school days, from {@code bot-templates/texts/calendar.yml}.
 */
public record DayStatus(java.time.LocalDate date, boolean schoolDay, DayKind kind, String reason) {

  public enum DayKind {
    /** An ordinary weekday with school. */
    SCHOOL_DAY,
    /** Saturday or Sunday. */
    WEEKEND,
    /** Off for a public holiday (including the weekdays the State Council notice moves into it). */
    PUBLIC_HOLIDAY,
    /**
     * A Saturday or Sunday that is a working and school day because of a holiday (a make-up day,
     * tiaoxiu).
     */
    MAKE_UP_DAY,
    /** Closed by the school itself (short-notice closure, vacation). */
    CLOSURE
  }
}
