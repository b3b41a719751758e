package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A round that takes answers: open, or closed (an answer is then stored and marked late).
 *
 * @param deadline the cut-off of the round
 * @param closedAt when the round was closed; null while open
 */
public record OpenRound(
    long roundId,
    long schoolId,
    String formCode,
    LocalDate date,
    Instant deadline,
    @Nullable Instant closedAt) {

  /**
   * An answer at {@code at} is late when it comes at or after the cut-off, or after the round was
   * closed.
   */
  public boolean isLate(Instant at) {
    return !at.isBefore(deadline) || (closedAt != null && !at.isBefore(closedAt));
  }
}
