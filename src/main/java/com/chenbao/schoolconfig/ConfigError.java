package com.chenbao.schoolconfig;

import java.util.Map;

/**
 * One problem in a school file: which file, which entry (a path such as {@code
 * groups[2].chat.webhook.url} or {@code groups[<group name>].members[3]}; empty for the whole
 * file), what is wrong in English (for logs), and the kind of mistake with its values, from which
 * the school office's Chinese text is rendered.
 */
record ConfigError(
    String file,
    String entry,
    String message,
    SchoolFileMistake mistake,
    Map<String, String> values) {

  @Override
  public String toString() {
    return file + ": " + (entry.isEmpty() ? "" : entry + ": ") + message;
  }
}
