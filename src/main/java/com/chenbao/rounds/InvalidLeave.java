package com.chenbao.rounds;

import java.util.Map;

/**
 * A leave that cannot be recorded as given. {@link #problem()} names the text {@code
 * rounds.leave.error.<problem>} that explains it to the school office, with {@link #values()}.
 */
public class InvalidLeave extends IllegalArgumentException {

  public static final int MAX_DAYS = 366;
  public static final int MAX_REASON_LENGTH = 255;

  private final String problem;
  private final Map<String, Object> values;

  InvalidLeave(String problem, Map<String, Object> values) {
    super("Invalid leave: " + problem + " " + values);
    this.problem = problem;
    this.values = Map.copyOf(values);
  }

  public String problem() {
    return problem;
  }

  public Map<String, Object> values() {
    return values;
  }
}
