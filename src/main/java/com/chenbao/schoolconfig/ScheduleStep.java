package com.chenbao.schoolconfig;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The steps of a school day for one form, in the order they must happen. */
public enum ScheduleStep {
  PUSH("push", List.of(LocalTime.of(6, 30))),
  REMIND("remind", List.of(LocalTime.of(7, 15), LocalTime.of(7, 45))),
  NOTIFY_TEACHERS("notify-teachers", List.of(LocalTime.of(7, 50))),
  CLOSE("close", List.of(LocalTime.of(8, 0))),
  TALLY("tally", List.of(LocalTime.of(8, 5)));

  private final String code;
  private final List<LocalTime> defaults;

  ScheduleStep(String code, List<LocalTime> defaults) {
    this.code = code;
    this.defaults = defaults;
  }

  /** The key in the file and the value in school_schedule_steps.step. */
  public String code() {
    return code;
  }

  /** The product's default times (product.md, "The daily rhythm"). */
  public List<LocalTime> defaultTimes() {
    return defaults;
  }

  public static Optional<ScheduleStep> fromCode(String code) {
    for (ScheduleStep step : values()) {
      if (step.code.equals(code)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }
}
