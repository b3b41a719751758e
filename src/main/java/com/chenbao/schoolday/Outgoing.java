package com.chenbao.schoolday;

import com.chenbao.delivery.Delivery;
import com.chenbao.delivery.Recipient;
import com.chenbao.messaging.OutboundMessage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message for one recipient, with the delivery key that makes it happen once.
 *
 * @param recipientKind guardian or staff
 * @param userId the recipient's DingTalk userId; null or blank: recorded undeliverable without a
 *     call
 */
record Outgoing(
    String dedupKey,
    String recipientKind,
    long recipientId,
    @Nullable String userId,
    OutboundMessage message) {

  static String key(
      long roundId, String recipientKind, long recipientId, String kind, String attempt) {
    return "r" + roundId + ":" + recipientKind + ":" + recipientId + ":" + kind + ":" + attempt;
  }

  Delivery delivery(long schoolId, long roundId, String kind) {
    return new Delivery(
        dedupKey,
        roundId,
        kind,
        new Recipient.Person(recipientKind, recipientId, userId, schoolId),
        message);
  }

  /**
   * @param schoolId the round's school, whose DingTalk app sends them
   */
  static List<Delivery> deliveries(
      long schoolId, long roundId, String kind, List<Outgoing> outgoing) {
    return outgoing.stream().map(o -> o.delivery(schoolId, roundId, kind)).toList();
  }
}
