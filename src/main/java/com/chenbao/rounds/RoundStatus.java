package com.chenbao.rounds;

import java.util.Locale;

/**
 * Where a round is: open (taking answers on time), closed (past the cut-off: answers are late),
 * skipped.
 */
public enum RoundStatus {
  OPEN,
  CLOSED,
  SKIPPED;

  static RoundStatus of(String stored) {
    return valueOf(stored.toUpperCase(Locale.ROOT));
  }
}
