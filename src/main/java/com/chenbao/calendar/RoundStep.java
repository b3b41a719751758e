package com.chenbao.calendar;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a round's day for one form, in the order they run. {@link #code()} is the name used
 * in URLs, the school file's {@code schedule:} section, school_schedule_steps.step and the Quartz
 * job data.
 */
public enum RoundStep {
  PUSH("push", List.of(LocalTime.of(6, 30))),
  REMIND("remind", List.of(LocalTime.of(7, 15), LocalTime.of(7, 45))),
  NOTIFY_TEACHERS("notify-teachers", List.of(LocalTime.of(7, 50))),
  CLOSE("close", List.of(LocalTime.of(8, 0))),
  TALLY("tally", List.of(LocalTime.of(8, 5)));

  private final String code;
  private final List<LocalTime> defaults;

  RoundStep(String code, List<LocalTime> defaults) {
    this.code = code;
    this.defaults = defaults;
  }

  public String code() {
    return code;
  }

  /** The product's default times (product.md, "The daily rhythm"). */
  public List<LocalTime> defaultTimes() {
    return defaults;
  }

  /** The step with this code, if any. */
  public static Optional<RoundStep> find(String code) {
    return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
  }

  /**
   * @throws IllegalArgumentException for an unknown code, naming the valid ones
   */
  public static RoundStep fromCode(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown step '"
                        + code
                        + "'; one of push, remind, notify-teachers, close, tally"));
  }
}
