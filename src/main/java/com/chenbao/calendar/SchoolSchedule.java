package com.chenbao.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local times (in the school's zone) of each step of one form. A step may have several times
 * (remind at 07:15 and 07:45) or none (a school that sends no reminders).
 */
public record SchoolSchedule(String formCode, Map<RoundStep, List<LocalTime>> times) {

  public SchoolSchedule {
    times = Map.copyOf(times);
  }

  public List<LocalTime> timesOf(RoundStep step) {
    return times.getOrDefault(step, List.of());
  }

  /** The first time of the step, if the step happens at all. */
  public Optional<LocalTime> firstTimeOf(RoundStep step) {
    return timesOf(step).stream().findFirst();
  }

  public boolean isEmpty() {
    return times.values().stream().allMatch(List::isEmpty);
  }
}
