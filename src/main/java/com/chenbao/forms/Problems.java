package com.chenbao.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem in the form files, so an operator fixes them in one go, not one per start.
 */
final class Problems {

  private final List<String> lines = new ArrayList<>();

  void add(String file, String entry, String problem) {
    lines.add(file + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
  }

  int count() {
    return lines.size();
  }

  void throwIfAny() {
    if (!lines.isEmpty()) {
      throw new FormDefinitionException(lines);
    }
  }
}
