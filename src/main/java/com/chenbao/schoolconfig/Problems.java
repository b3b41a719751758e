package com.chenbao.schoolconfig;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, so validation reports all of them at once. */
final class Problems {

  private final String file;
  private final List<ConfigError> errors = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(String entry, SchoolFileMistake mistake, Object... namesAndValues) {
    errors.add(mistake.at(file, entry, namesAndValues));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<ConfigError> errors() {
    return List.copyOf(errors);
  }

  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidSchoolConfigException(errors);
    }
  }
}
