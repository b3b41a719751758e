package com.chenbao.delivery;

import com.chenbao.delivery.DeliveryMapper.Row;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one rule for sending a delivery again, whichever module wrote it:
 *
 * <ul>
 *   <li>{@code failed} and {@code flow_controlled}: again, up to {@link
 *       DeliveryProperties#maxAttempts()} attempts; the module's own next run takes it at once, the
 *       retry pass after a backoff;
 *   <li>{@code pending} claimed longer ago than {@link DeliveryProperties#pendingTimeout()}: its
 *       process died between the claim and the outcome; taken over;
 *   <li>{@code unknown} (the request left, no answer came) after the same timeout: treated like a
 *       stale claim;
 *   <li>{@code queued}: waits in the ledger's paced {@link DeliveryQueue}, which claims and sends
 *       it; never taken over here;
 *   <li>{@code sent}, {@code undeliverable}: done.
 * </ul>
 */
@Component
class RetryPolicy {

  private static final Set<String> RETRYABLE = Set.of("failed", "flow_controlled");
  private static final Set<String> IN_DOUBT = Set.of("pending", "unknown");

  private final DeliveryProperties properties;
  private final Clock clock;

  RetryPolicy(DeliveryProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** True if the row's module, sending it again now, may take it over. */
  boolean mayTakeOver(Row row) {
    return row.attempts() < properties.maxAttempts()
        && (RETRYABLE.contains(row.status()) || stale(row));
  }

  /** True if the retry pass should send it now (failed rows only once their backoff has passed). */
  boolean dueForRetry(Row row) {
    if (row.attempts() >= properties.maxAttempts()) {
      return false;
    }
    if (RETRYABLE.contains(row.status())) {
      return row.claimedAt() == null
          || !row.claimedAt().plus(properties.retryDelay(row.attempts())).isAfter(clock.instant());
    }
    return stale(row);
  }

  private boolean stale(Row row) {
    Instant now = clock.instant();
    return IN_DOUBT.contains(row.status())
        && (row.claimedAt() == null
            || row.claimedAt().plus(properties.pendingTimeout()).isBefore(now));
  }
}
