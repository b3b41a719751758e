package com.chenbao.schoolconfig;

/**
 * One problem in a school file: which file, which entry (a path such as {@code groups[2].chat.webhook.url}
 * or {@code groups[<group name>].members[3]}; empty for the whole file) and what is wrong, in English.
 */
record ConfigError(String file, String entry, String message) {

  @Override
  public String toString() {
    return file + ": " + (entry.isEmpty() ? "" : entry + ": ") + message;
  }
}
