package com.chenbao.rounds;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A round as it stands.
 *
 * @param deadline the cut-off: the close time of the school's schedule on the date, in the school's
 *     zone
 * @param closedAt when the close step ran; null while open
 */
public record RoundView(
    long id,
    long schoolId,
    String formCode,
    LocalDate date,
    RoundStatus status,
    Instant deadline,
    Instant openedAt,
    @Nullable Instant closedAt,
    @Nullable String skipReason) {}
