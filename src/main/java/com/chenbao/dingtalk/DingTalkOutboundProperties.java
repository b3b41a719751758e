package com.chenbao.dingtalk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.dingtalk.outbound.*}: how hard the adapter tries before it reports a failure. Kept
 * apart from {@link DingTalkProperties} (credentials and endpoints) because operators rarely touch
 * these.
 *
 * @param retryBudget total time one call may spend retrying throttled/5xx/not-sent attempts
 * @param initialBackoff first retry delay; doubled per attempt (capped at 30 s), with jitter
 * @param tokenRefreshEarly fetch a new access token this long before the old one expires
 * @param flowControlRetryDelay wait before resending to recipients DingTalk flow-controlled
 * @param flowControlRetries how many times flow-controlled recipients are resent before reporting
 *     FLOW_CONTROLLED
 * @param sendThreads batchSend calls in flight at once, so call latency does not limit throughput
 *     below the QPS
 * @param webhookMessagesPerMinute per custom webhook robot (DingTalk throttles a robot for 10 min
 *     beyond 20)
 */
@Validated
@ConfigurationProperties("chenbao.dingtalk.outbound")
record DingTalkOutboundProperties(
    @NotNull @DefaultValue("2m") Duration retryBudget,
    @NotNull @DefaultValue("1s") Duration initialBackoff,
    @NotNull @DefaultValue("5m") Duration tokenRefreshEarly,
    @NotNull @DefaultValue("20s") Duration flowControlRetryDelay,
    @Min(0) @DefaultValue("2") int flowControlRetries,
    @Min(1) @Max(64) @DefaultValue("6") int sendThreads,
    @Min(1) @DefaultValue("20") int webhookMessagesPerMinute) {

  static DingTalkOutboundProperties defaults() {
    return new DingTalkOutboundProperties(
        Duration.ofMinutes(2),
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofSeconds(20),
        2,
        6,
        20);
  }
}
