package com.chenbao.dingtalk.inbound;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.inbound.*}: how an inbound robot message is accepted (checked, stored,
 * acknowledged) and then handled by the worker, apart from the callback (docs/inbound.md).
 *
 * @param maxBodyBytes a callback body larger than this is refused with 413 (DingTalk's own messages
 *     are a few kilobytes)
 * @param maxTextLength a message whose text has more characters (code points) is not interpreted;
 *     the sender gets the short "too long" reply
 * @param storePoolSize connections of the small pool that only stores inbound messages, so a busy
 *     main pool never holds a callback
 * @param storeTimeout how long storing may wait for a connection, and for the database (socket
 *     timeout); beyond it the callback answers 503 at once
 * @param workers parallel lanes of the worker; one sender's messages always take the same lane, in
 *     order
 * @param pollInterval how often the worker looks for due messages when nothing woke it
 * @param lease a message claimed longer ago than this belongs to a worker that died; it is taken
 *     over
 * @param maxAttempts handling attempts before a message is left {@code failed}
 * @param retryBackoff wait before the next attempt, times the attempts made so far
 * @param workerEnabled false only to simulate a crash between acknowledgement and handling (tests,
 *     benchmark)
 */
@Validated
@ConfigurationProperties("chenbao.inbound")
record InboundProperties(
    @Min(1024) @DefaultValue("65536") int maxBodyBytes,
    @Min(1) @DefaultValue("2000") int maxTextLength,
    @Min(1) @DefaultValue("4") int storePoolSize,
    @NotNull @DefaultValue("1500ms") Duration storeTimeout,
    @Min(1) @DefaultValue("4") int workers,
    @NotNull @DefaultValue("1s") Duration pollInterval,
    @NotNull @DefaultValue("2m") Duration lease,
    @Min(1) @DefaultValue("5") int maxAttempts,
    @NotNull @DefaultValue("10s") Duration retryBackoff,
    @DefaultValue("true") boolean workerEnabled) {}
