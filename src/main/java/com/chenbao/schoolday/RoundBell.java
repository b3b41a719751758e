package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolCalendar;
import com.chenbao.calendar.SchoolSchedules;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.shared.MessageTexts;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Decides what a ringing step trigger does, on time or late (Quartz fires a missed trigger once, as
 * soon as it can; docs/scheduling.md). Today is the school's local date from the clock. Not a
 * school day: nothing. Push before the cut-off (the close time): push, however late; after it: the
 * round is skipped with a reason naming the times. Remind and notify-teachers after the cut-off:
 * not run. Close and tally: always run. A ring earlier than its own time today is a fire missed on
 * an earlier day.
 */
@Service
class RoundBell {

  /**
   * Quartz may fire a few milliseconds early; a ring this much before its time is from an earlier
   * day.
   */
  static final Duration EARLY_TOLERANCE = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(RoundBell.class);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final SchoolDirectory schools;
  private final SchoolSchedules schedules;
  private final SchoolCalendar calendar;
  private final ObjectProvider<RoundSteps> roundSteps;
  private final MessageTexts texts;
  private final Clock clock;

  RoundBell(
      SchoolDirectory schools,
      SchoolSchedules schedules,
      SchoolCalendar calendar,
      ObjectProvider<RoundSteps> roundSteps,
      MessageTexts texts,
      Clock clock) {
    this.schools = schools;
    this.schedules = schedules;
    this.calendar = calendar;
    this.roundSteps = roundSteps;
    this.texts = texts;
    this.clock = clock;
  }

  /** The trigger of {@code step} due at local time {@code dueAt} rang now (on time or late). */
  void ring(String schoolCode, String formCode, RoundStep step, LocalTime dueAt) {
    Optional<School> school = schools.findSchool(schoolCode);
    if (school.isEmpty()) {
      log.warn("Step {} rang for unknown school {}; ignored", step.code(), schoolCode);
      return;
    }
    ZonedDateTime now = clock.instant().atZone(school.get().zone());
    LocalDate today = now.toLocalDate();
    Optional<LocalTime> cutoff =
        schedules.scheduleOf(school.get().id(), formCode).firstTimeOf(RoundStep.CLOSE);
    Ring ring = new Ring(schoolCode, formCode, step, dueAt, now, cutoff);
    if (now.isBefore(today.atTime(dueAt).atZone(now.getZone()).minus(EARLY_TOLERANCE))) {
      missedOnEarlierDay(ring, today.minusDays(1));
    } else if (!calendar.isSchoolDay(schoolCode, today)) {
      log.info("{} {} {}: {} is not a school day", schoolCode, formCode, step.code(), today);
    } else {
      onSchoolDay(ring, today);
    }
  }

  private void onSchoolDay(Ring ring, LocalDate today) {
    boolean pastCutoff =
        ring.cutoff().isPresent() && !ring.now().toLocalTime().isBefore(ring.cutoff().get());
    switch (ring.step()) {
      case PUSH -> {
        if (pastCutoff) {
          skip(
              ring,
              today,
              texts.render(
                  "calendar.skip.push-after-cutoff",
                  Map.of(
                      "push",
                      HH_MM.format(ring.dueAt()),
                      "now",
                      HH_MM.format(ring.now()),
                      "cutoff",
                      HH_MM.format(ring.cutoff().get()))));
        } else {
          run(ring, today);
        }
      }
      case REMIND, NOTIFY_TEACHERS -> {
        if (pastCutoff) {
          log.info(
              "{} {} {} due at {} rang at {}, after the {} cut-off: not run",
              ring.schoolCode(),
              ring.formCode(),
              ring.step().code(),
              ring.dueAt(),
              HH_MM.format(ring.now()),
              ring.cutoff().get());
        } else {
          run(ring, today);
        }
      }
      case CLOSE, TALLY -> run(ring, today);
    }
  }

  /**
   * Quartz collapses missed fires into one, so only the latest missed day is known: for a push,
   * that day's round is recorded as skipped (if it was a school day); other steps of a past day are
   * dropped.
   */
  private void missedOnEarlierDay(Ring ring, LocalDate day) {
    log.info(
        "{} {} {} due at {} rang at {}: a fire missed on {}",
        ring.schoolCode(),
        ring.formCode(),
        ring.step().code(),
        ring.dueAt(),
        HH_MM.format(ring.now()),
        day);
    if (ring.step() == RoundStep.PUSH && calendar.isSchoolDay(ring.schoolCode(), day)) {
      skip(
          ring,
          day,
          texts.render(
              "calendar.skip.push-missed",
              Map.of(
                  "date",
                  day,
                  "push",
                  HH_MM.format(ring.dueAt()),
                  "cutoff",
                  ring.cutoff().map(HH_MM::format).orElse("-"))));
    }
  }

  private void run(Ring ring, LocalDate date) {
    RoundSteps steps = roundSteps.getIfAvailable();
    if (steps == null) {
      log.warn(
          "No RoundSteps implementation: {} {} {} on {} not run",
          ring.schoolCode(),
          ring.formCode(),
          ring.step().code(),
          date);
      return;
    }
    steps.run(ring.schoolCode(), ring.formCode(), date, ring.step());
  }

  private void skip(Ring ring, LocalDate date, String reason) {
    RoundSteps steps = roundSteps.getIfAvailable();
    if (steps == null) {
      log.warn(
          "No RoundSteps implementation: round {} {} on {} not marked skipped",
          ring.schoolCode(),
          ring.formCode(),
          date);
      return;
    }
    log.info(
        "Round {} {} on {} skipped: {} due at {} rang at {}",
        ring.schoolCode(),
        ring.formCode(),
        date,
        ring.step().code(),
        ring.dueAt(),
        HH_MM.format(ring.now()));
    steps.skip(ring.schoolCode(), ring.formCode(), date, reason);
  }

  private record Ring(
      String schoolCode,
      String formCode,
      RoundStep step,
      LocalTime dueAt,
      ZonedDateTime now,
      Optional<LocalTime> cutoff) {}
}
