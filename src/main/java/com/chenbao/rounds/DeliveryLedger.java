package com.chenbao.rounds;

import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.RecipientResult;
import com.chenbao.rounds.DeliveryMapper.DeliveryRow;
import com.chenbao.rounds.DeliveryMapper.NewDelivery;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Who may send a message: the caller that writes its delivery row first. Rows are written outside any
 * transaction, so the pending row is in the database before the send starts.
 *
 * <p>A row is taken over (sent again) when it failed or was flow-controlled (fewer than
 * {@code maxAttempts} attempts), or when it has been pending longer than {@code pendingTakeOverAfter}:
 * its process died between writing the row and recording the outcome. If that process died after
 * DingTalk accepted the message but before the outcome was written, the recipient gets it twice; that
 * window is the length of one gateway call, and the alternative (never resending) would leave the
 * rest of a killed push unsent.
 */
@Component
class DeliveryLedger {

  private static final Set<String> RETRYABLE = Set.of("failed", "flow_controlled");
  private static final int MAX_ERROR_LENGTH = 255;

  private final DeliveryMapper mapper;
  private final Clock clock;
  private final RoundsProperties properties;

  DeliveryLedger(DeliveryMapper mapper, Clock clock, RoundsProperties properties) {
    this.mapper = mapper;
    this.clock = clock;
    this.properties = properties;
  }

  enum Outcome {
    /** This caller must send now and record the outcome. */
    CLAIMED,
    /** Handled by an earlier run (sent, undeliverable, outcome unknown, or given up). */
    DONE,
    /** Another run is sending it right now. */
    IN_PROGRESS
  }

  record Claim(Outcome outcome, long deliveryId) {}

  Claim claim(long roundId, String kind, String dedupKey, String recipientKind, long recipientId) {
    Instant now = clock.instant();
    NewDelivery row = new NewDelivery(dedupKey, roundId, recipientKind, recipientId, kind, now);
    try {
      mapper.insertPending(row);
      return new Claim(Outcome.CLAIMED, Objects.requireNonNull(row.id));
    } catch (DuplicateKeyException alreadyWritten) {
      return takeOver(dedupKey, now);
    }
  }

  private Claim takeOver(String dedupKey, Instant now) {
    DeliveryRow row = mapper.findByKey(dedupKey);
    if (row == null) {
      throw new IllegalStateException("Delivery " + dedupKey + " is a duplicate key but cannot be read");
    }
    boolean stalePending = "pending".equals(row.status())
        && (row.claimedAt() == null || row.claimedAt().plus(properties.pendingTakeOverAfter()).isBefore(now));
    boolean retryable = RETRYABLE.contains(row.status()) && row.attempts() < properties.maxAttempts();
    if ((stalePending || retryable) && mapper.reclaim(row.id(), row.status(), row.attempts(), now) == 1) {
      return new Claim(Outcome.CLAIMED, row.id());
    }
    return new Claim("pending".equals(row.status()) ? Outcome.IN_PROGRESS : Outcome.DONE, row.id());
  }

  void record(long deliveryId, RecipientResult result) {
    boolean sent = result.status() == DeliveryStatus.SENT;
    mapper.recordOutcome(deliveryId, statusOf(result.status()), result.processQueryKey(),
        truncate(result.reason()), sent ? clock.instant() : null);
  }

  void recordNotSent(long deliveryId, DeliveryStatus status, String reason) {
    mapper.recordOutcome(deliveryId, statusOf(status), null, truncate(reason), null);
  }

  private static String statusOf(DeliveryStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static @Nullable String truncate(@Nullable String text) {
    return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }
}
