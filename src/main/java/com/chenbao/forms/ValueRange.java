package com.chenbao.forms;

import java.math.BigDecimal;

/** Inclusive bounds of an accepted number; a value outside is asked again, never guessed. */
public record ValueRange(BigDecimal min, BigDecimal max) {

  public boolean contains(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
