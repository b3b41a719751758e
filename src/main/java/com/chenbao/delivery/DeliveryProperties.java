package com.chenbao.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.delivery.*}: the ledger's one retry policy.
 *
 * @param pendingTimeout a row still pending (or with an unknown outcome) this long after its attempt started
 *     belongs to a process that died, or to a send whose answer never came; it is taken over. Longer than a
 *     send can take (the gateway's retry budget for one chunk), so a live send is never taken over.
 * @param maxAttempts attempts of one delivery, the first included, before it is given up
 * @param sendChunk recipients of one identical message claimed and sent together (the gateway splits them
 *     into calls of 20); a crash leaves at most this many rows pending
 * @param firstRetryAfter the retry pass sends a failed delivery again this long after its last attempt
 *     started, doubling with each further attempt up to {@code maxRetryDelay}
 * @param retryWithin rows older than this are not retried by the pass (a prompt of yesterday is no use)
 * @param retryInterval how often the retry pass runs (Quartz, only while {@code chenbao.scheduler.enabled})
 * @param retryBatch most rows one pass looks at
 */
@Validated
@ConfigurationProperties("chenbao.delivery")
public record DeliveryProperties(
    @NotNull @DefaultValue("10m") Duration pendingTimeout,
    @Min(1) @DefaultValue("3") int maxAttempts,
    @Min(1) @Max(1000) @DefaultValue("100") int sendChunk,
    @NotNull @DefaultValue("1m") Duration firstRetryAfter,
    @NotNull @DefaultValue("15m") Duration maxRetryDelay,
    @NotNull @DefaultValue("6h") Duration retryWithin,
    @NotNull @DefaultValue("1m") Duration retryInterval,
    @Min(1) @DefaultValue("500") int retryBatch) {

  /** How long after attempt {@code attempts} started the next one is due. */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetryAfter;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
