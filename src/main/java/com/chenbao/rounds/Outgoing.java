package com.chenbao.rounds;

import com.chenbao.messaging.OutboundMessage;
import org.jspecify.annotations.Nullable;

/**
 * One message for one recipient, with the delivery key that makes it happen once.
 *
 * @param recipientKind guardian or staff
 * @param userId the recipient's DingTalk userId; null or blank: recorded undeliverable without a call
 */
record Outgoing(String dedupKey, String recipientKind, long recipientId, @Nullable String userId, OutboundMessage message) {

  static String key(long roundId, String recipientKind, long recipientId, String kind, String attempt) {
    return "r" + roundId + ":" + recipientKind + ":" + recipientId + ":" + kind + ":" + attempt;
  }

  boolean reachable() {
    return userId != null && !userId.isBlank();
  }
}
