package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of {@code rounds}. {@code status}: open, closed or skipped. */
public record RoundRow(
    long id,
    long schoolId,
    String formCode,
    LocalDate businessDate,
    String status,
    @Nullable String skipReason,
    Instant openedAt,
    @Nullable Instant closedAt) {

  static final String OPEN = "open";
  static final String CLOSED = "closed";
  static final String SKIPPED = "skipped";

  public boolean isOpen() {
    return OPEN.equals(status);
  }

  public boolean isSkipped() {
    return SKIPPED.equals(status);
  }
}
