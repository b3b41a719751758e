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
 * @param pendingTimeout a row still pending (or with an unknown outcome) this long after its
 *     attempt started belongs to a process that died, or to a send whose answer never came; it is
 *     taken over. Longer than a send can take (the gateway's retry budget for one chunk), so a live
 *     send is never taken over.
 * @param maxAttempts attempts of one delivery, the first included, before it is given up
 * @param sendChunk recipients of one identical message claimed and sent together (the gateway
 *     splits them into calls of 20); a crash leaves at most this many rows pending
 * @param firstRetryAfter the retry pass sends a failed delivery again this long after its last
 *     attempt started, doubling with each further attempt up to {@code maxRetryDelay}
 * @param retryWithin rows older than this are not retried by the pass (a prompt of yesterday is no
 *     use)
 * @param retryInterval how often the retry pass runs (on the ledger's worker thread, on every
 *     instance, also with the scheduler off)
 * @param retryBatch most rows one pass looks at
 * @param groupMessagesPerWindow queued posts one working group receives at most per {@code
 *     groupWindow} (DingTalk's group robots: 20 a minute; a robot that sends more is throttled for
 *     ten minutes)
 * @param groupWindow the rolling window of that allowance (a minute plus a second for clock skew)
 * @param mergedMaxBytes largest merged post; what does not fit waits for the next one (DingTalk
 *     takes about 20,000 bytes per message)
 * @param queuePollInterval how often the queue is looked at when nothing woke it
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
    @Min(1) @DefaultValue("500") int retryBatch,
    @Min(1) @DefaultValue("20") int groupMessagesPerWindow,
    @NotNull @DefaultValue("61s") Duration groupWindow,
    @Min(1000) @DefaultValue("15000") int mergedMaxBytes,
    @NotNull @DefaultValue("1s") Duration queuePollInterval) {

  /** How long after attempt {@code attempts} started the next one is due. */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetryAfter;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
