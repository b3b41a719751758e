package com.chenbao.schoolday;

import com.chenbao.calendar.RoundStep;

/** An admin call named a step code that is none of {@link RoundStep}'s. */
class UnknownStep extends IllegalArgumentException {

  private final String code;

  UnknownStep(String code, Throwable cause) {
    super(cause.getMessage(), cause);
    this.code = code;
  }

  String code() {
    return code;
  }
}
