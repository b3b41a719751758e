package com.chenbao.alert;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.alert.*}: how the alert outbox paces group messages.
 *
 * @param groupMessagesPerWindow messages one working group may receive per {@code groupWindow} (DingTalk's
 *     group robots: 20 a minute; a robot that sends more is throttled for ten minutes)
 * @param groupWindow the rolling window of that allowance (a minute plus a second for clock skew)
 * @param mergedMaxBytes largest merged message; what does not fit waits for the next one (DingTalk takes about
 *     20,000 bytes per message)
 * @param pollInterval how often the outbox is looked at when nothing woke it
 * @param sendingLease a row claimed longer ago than this belongs to a sender that died; it is sent again
 */
@Validated
@ConfigurationProperties("chenbao.alert")
record AlertProperties(
    @Min(1) @DefaultValue("20") int groupMessagesPerWindow,
    @NotNull @DefaultValue("61s") Duration groupWindow,
    @Min(1000) @DefaultValue("15000") int mergedMaxBytes,
    @NotNull @DefaultValue("1s") Duration pollInterval,
    @NotNull @DefaultValue("5m") Duration sendingLease) {}
