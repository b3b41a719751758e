package com.chenbao.rounds;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import com.chenbao.rounds.DeliveryLedger.Claim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends 1:1 messages so that each goes out once: recipients of an identical message share gateway
 * calls, in chunks; each chunk's delivery rows are written (claimed) right before its send and updated
 * right after, so a process killed mid-push leaves at most one chunk pending.
 */
@Component
class DeliverySender {

  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  static final String NO_USER_ID = "no DingTalk userId in the roster";

  private final DeliveryLedger ledger;
  private final ChatGateway gateway;
  private final RoundsProperties properties;

  DeliverySender(DeliveryLedger ledger, ChatGateway gateway, RoundsProperties properties) {
    this.ledger = ledger;
    this.gateway = gateway;
    this.properties = properties;
  }

  SendCounts send(long roundId, String kind, List<Outgoing> outgoing) {
    SendCounts counts = new SendCounts();
    Map<OutboundMessage, List<Outgoing>> byMessage = new LinkedHashMap<>();
    outgoing.forEach(o -> byMessage.computeIfAbsent(o.message(), m -> new ArrayList<>()).add(o));
    byMessage.forEach((message, recipients) -> {
      for (int from = 0; from < recipients.size(); from += properties.sendChunk()) {
        List<Outgoing> chunk = recipients.subList(from, Math.min(recipients.size(), from + properties.sendChunk()));
        sendChunk(roundId, kind, message, chunk, counts);
      }
    });
    return counts;
  }

  private void sendChunk(long roundId, String kind, OutboundMessage message, List<Outgoing> chunk, SendCounts counts) {
    Map<Long, String> toSend = new LinkedHashMap<>();
    for (Outgoing o : chunk) {
      Claim claim = ledger.claim(roundId, kind, o.dedupKey(), o.recipientKind(), o.recipientId());
      switch (claim.outcome()) {
        case DONE -> counts.alreadyDone++;
        case IN_PROGRESS -> counts.inProgress++;
        case CLAIMED -> {
          if (o.reachable()) {
            toSend.put(claim.deliveryId(), Objects.requireNonNull(o.userId()));
          } else {
            ledger.recordNotSent(claim.deliveryId(), DeliveryStatus.UNDELIVERABLE, NO_USER_ID);
            counts.undeliverable++;
          }
        }
      }
    }
    if (!toSend.isEmpty()) {
      deliver(message, toSend, counts);
    }
  }

  private void deliver(OutboundMessage message, Map<Long, String> userIdByDelivery, SendCounts counts) {
    BatchSendResult result;
    try {
      result = gateway.sendToUsers(List.copyOf(new LinkedHashSet<>(userIdByDelivery.values())), message);
    } catch (RuntimeException e) {
      // The gateway throws only for a message it cannot carry or a broken adapter: nothing was sent.
      log.error("Send of {} deliveries failed: {}", userIdByDelivery.size(), e.toString());
      userIdByDelivery.keySet().forEach(id -> ledger.recordNotSent(id, DeliveryStatus.FAILED, e.toString()));
      counts.failed += userIdByDelivery.size();
      return;
    }
    Map<String, RecipientResult> byUser = result.byUserId();
    userIdByDelivery.forEach((deliveryId, userId) -> {
      RecipientResult outcome = byUser.get(userId);
      ledger.record(deliveryId, outcome);
      switch (outcome.status()) {
        case SENT -> counts.sent++;
        case UNDELIVERABLE -> counts.undeliverable++;
        case UNKNOWN -> counts.unknown++;
        case FAILED, FLOW_CONTROLLED -> counts.failed++;
      }
    });
  }
}
