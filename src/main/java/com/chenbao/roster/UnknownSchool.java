package com.chenbao.roster;

/** No school has the given code. */
public class UnknownSchool extends IllegalArgumentException {

  private final String schoolCode;

  public UnknownSchool(String schoolCode) {
    super("Unknown school " + schoolCode);
    this.schoolCode = schoolCode;
  }

  public String schoolCode() {
    return schoolCode;
  }
}
