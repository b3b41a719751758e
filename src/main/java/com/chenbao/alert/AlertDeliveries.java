package com.chenbao.alert;

import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends each alert at most once per anomaly and recipient: a delivery row with the key
 * {@code a<anomalyId>:group:<code>} or {@code a<anomalyId>:teacher:<staffId>} is written (committed) before
 * the send, and its status updated from the gateway's result. A row that exists means "already handled",
 * whatever its status: a failed alert is not repeated by a later answer. The sends themselves happen on the
 * {@link AlertOutbox}'s thread, never on the thread that handled the answer.
 */
@Component
class AlertDeliveries {

  private static final Logger log = LoggerFactory.getLogger(AlertDeliveries.class);
  private static final int MAX_ERROR = 255;

  private final AlertDeliveryMapper deliveries;
  private final ChatGateway gateway;
  private final Clock clock;

  AlertDeliveries(AlertDeliveryMapper deliveries, ChatGateway gateway, Clock clock) {
    this.deliveries = deliveries;
    this.gateway = gateway;
    this.clock = clock;
  }

  /** The anomalies whose alert to the group this call claimed; the others were handled before. */
  List<RaisedAnomaly> claimForGroup(AlertContext context, String groupCode, List<RaisedAnomaly> anomalies) {
    return claimed(anomalies, a -> deliveries.claimForGroup(
        groupKey(a, groupCode), context.roundId(), context.schoolId(), groupCode, clock.instant()) == 1);
  }

  /** The anomalies whose 1:1 alert to the teacher this call claimed. */
  List<RaisedAnomaly> claimForTeacher(AlertContext context, long staffId, List<RaisedAnomaly> anomalies) {
    return claimed(anomalies,
        a -> deliveries.claimForStaff(teacherKey(a, staffId), context.roundId(), staffId, clock.instant()) == 1);
  }

  /** Sends now (the outbox's sender thread only) and records the outcome on every key. */
  void sendToGroup(List<String> keys, GroupChat chat, OutboundMessage message) {
    try {
      GroupSendResult result = gateway.sendToGroup(chat, message);
      record(keys, result.status(), result.processQueryKeys().stream().findFirst().orElse(null), result.reason());
    } catch (RuntimeException e) {
      record(keys, DeliveryStatus.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Sends now (the outbox's sender thread only) and records the outcome on every key. */
  void sendToTeacher(List<String> keys, String userId, OutboundMessage message) {
    try {
      RecipientResult result = gateway.sendToUsers(List.of(userId), message).of(userId);
      record(keys, result.status(), result.processQueryKey(), result.reason());
    } catch (RuntimeException e) {
      record(keys, DeliveryStatus.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  void record(List<String> keys, DeliveryStatus status, @Nullable String processQueryKey, @Nullable String reason) {
    String error = reason == null ? null : reason.substring(0, Math.min(reason.length(), MAX_ERROR));
    String code = status.name().toLowerCase(Locale.ROOT);
    keys.forEach(key -> deliveries.recordOutcome(
        key, code, processQueryKey, error, status == DeliveryStatus.SENT ? clock.instant() : null));
    if (status != DeliveryStatus.SENT) {
      log.warn("Alert {} not delivered: {}", keys, status);
    }
  }

  private static List<RaisedAnomaly> claimed(List<RaisedAnomaly> anomalies, Predicate<RaisedAnomaly> claim) {
    return anomalies.stream().filter(claim).toList();
  }

  static String groupKey(RaisedAnomaly anomaly, String groupCode) {
    return "a" + anomaly.id() + ":group:" + groupCode;
  }

  static String teacherKey(RaisedAnomaly anomaly, long staffId) {
    return "a" + anomaly.id() + ":teacher:" + staffId;
  }
}
