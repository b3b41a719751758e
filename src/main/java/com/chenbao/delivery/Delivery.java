package com.chenbao.delivery;

import com.chenbao.messaging.OutboundMessage;
import org.jspecify.annotations.Nullable;

/**
 * One message for one recipient.
 *
 * @param key the delivery key ({@code deliveries.dedup_key}): one key, one message ever delivered
 * @param roundId the round it belongs to, if any
 * @param kind what it is ({@code prompt}, {@code remind}, {@code teacher_list}, {@code tally},
 *     {@code alert}, ...)
 */
public record Delivery(
    String key,
    @Nullable Long roundId,
    String kind,
    Recipient recipient,
    OutboundMessage message) {}
