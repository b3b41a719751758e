package com.chenbao.schoolconfig;

import java.util.List;
import java.util.stream.Collectors;

/** One or more school files are invalid; carries every problem found, not just the first. */
class InvalidSchoolConfigException extends IllegalStateException {

  private final List<ConfigError> errors;

  InvalidSchoolConfigException(List<ConfigError> errors) {
    super(describe(errors));
    this.errors = List.copyOf(errors);
  }

  List<ConfigError> errors() {
    return errors;
  }

  private static String describe(List<ConfigError> errors) {
    return errors.size()
        + " problem(s) in school configuration:"
        + errors.stream().map(e -> "\n  - " + e).collect(Collectors.joining());
  }
}
