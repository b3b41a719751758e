package com.chenbao.schoolday;

import java.util.Arrays;

/** The steps of a round's day, in the order they run. {@link #code()} is the name used in URLs and config. */
public enum RoundStep {
  PUSH("push"),
  REMIND("remind"),
  NOTIFY_TEACHERS("notify-teachers"),
  CLOSE("close"),
  TALLY("tally");

  private final String code;

  RoundStep(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** @throws IllegalArgumentException for an unknown code, naming the valid ones */
  public static RoundStep fromCode(String code) {
    return Arrays.stream(values())
        .filter(step -> step.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown step '" + code + "'; one of push, remind, notify-teachers, close, tally"));
  }
}
