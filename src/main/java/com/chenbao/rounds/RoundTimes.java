package com.chenbao.rounds;

import com.chenbao.calendar.RoundStep;
import com.chenbao.calendar.SchoolSchedule;
import com.chenbao.calendar.SchoolSchedules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The clock times of a round, from the school's schedule, or the product defaults where it has
 * none.
 */
@Component
public class RoundTimes {

  /**
   * A remind fired a little before its slot (clock skew between instances, a trigger that fires
   * early) still counts as that slot's remind.
   */
  static final Duration REMIND_SLOT_GRACE = Duration.ofMinutes(1);

  private final SchoolSchedules schedules;

  RoundTimes(SchoolSchedules schedules) {
    this.schedules = schedules;
  }

  /**
   * The cut-off of the round: the close time of the school's schedule (default 08:00) on the date.
   */
  ZonedDateTime deadline(long schoolId, ZoneId zone, String formCode, LocalDate date) {
    LocalTime close = timesOf(schoolId, formCode, RoundStep.CLOSE).get(0);
    return date.atTime(close).atZone(zone);
  }

  /**
   * Which remind of the day a run at {@code now} is: the number of the schedule's remind times that
   * have come (1 before the first). A repeated or concurrent run in the same slot gets the same
   * number, so its delivery keys collide and it sends nothing; a manual run between 07:15 and 07:45
   * is the first remind again (already done), and a run for a past date is the last one. A third
   * remind needs a third time.
   */
  public int remindSlot(long schoolId, ZoneId zone, String formCode, LocalDate date, Instant now) {
    ZonedDateTime at = now.plus(REMIND_SLOT_GRACE).atZone(zone);
    long passed =
        timesOf(schoolId, formCode, RoundStep.REMIND).stream()
            .filter(time -> !date.atTime(time).atZone(zone).isAfter(at))
            .count();
    return (int) Math.max(1, passed);
  }

  private List<LocalTime> timesOf(long schoolId, String formCode, RoundStep step) {
    SchoolSchedule schedule = schedules.scheduleOf(schoolId, formCode);
    List<LocalTime> times = schedule.timesOf(step);
    return times.isEmpty() ? step.defaultTimes() : times;
  }
}
