package com.chenbao.schoolconfig;

import java.util.Locale;

/** How fine the daily tally posted to a group is: none, one school line, per grade, per class. */
public enum TallyScope {
  NONE,
  SCHOOL,
  GRADE,
  CLASS;

  /** The value as written in the file and stored in the database. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TallyScope fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
