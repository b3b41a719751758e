package com.chenbao.forms;

import java.util.Locale;

/** What kind of answer a question takes; decides which options and rule operators it allows. */
public enum QuestionType {
  /** A body temperature in degrees Celsius, within the question's accepted range. */
  TEMPERATURE,
  /** Exactly one option code. */
  CHOICE,
  /** Any number of option codes; none selected is a valid answer. */
  MULTI_CHOICE,
  YES_NO,
  /** Free text, e.g. the place a person travelled to. */
  TEXT;

  /** The word used in the form files, e.g. {@code multi_choice}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
