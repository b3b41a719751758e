package com.chenbao.forms;

/** How fast an anomaly needs a person: urgent ones (fever, red code, contact) go out at once. */
public enum Severity {
  URGENT,
  WARNING;

  /** The word used in the form files and the database, e.g. {@code urgent}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
