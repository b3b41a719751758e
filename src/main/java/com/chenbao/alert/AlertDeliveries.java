package com.chenbao.alert;

import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.delivery.Recipient;
import com.chenbao.messaging.OutboundMessage;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Alerts at most once per anomaly and recipient through the delivery ledger: the key {@code
 * a<anomalyId>:group:<code>} or {@code a<anomalyId>:teacher:<staffId>} is reserved when the alert
 * is queued (a later answer raising the same anomaly finds it and queues nothing), and sent by the
 * ledger's paced queue, never from the thread that handled the answer. A send that fails is sent
 * again by the ledger's retry pass, like any other delivery.
 */
@Component
class AlertDeliveries {

  static final String KIND = "alert";

  private final DeliveryLedger ledger;

  AlertDeliveries(DeliveryLedger ledger) {
    this.ledger = ledger;
  }

  /** The anomalies whose alert to the group this call reserved; the others were handled before. */
  List<RaisedAnomaly> claimForGroup(
      AlertContext context, String groupCode, List<RaisedAnomaly> anomalies) {
    Recipient group = new Recipient.Group(context.schoolId(), groupCode);
    return claimed(
        anomalies, a -> ledger.reserve(groupKey(a, groupCode), context.roundId(), KIND, group));
  }

  /** The anomalies whose 1:1 alert to the teacher this call reserved. */
  List<RaisedAnomaly> claimForTeacher(
      AlertContext context, long staffId, String userId, List<RaisedAnomaly> anomalies) {
    Recipient teacher = new Recipient.Person("staff", staffId, userId, context.schoolId());
    return claimed(
        anomalies, a -> ledger.reserve(teacherKey(a, staffId), context.roundId(), KIND, teacher));
  }

  /**
   * Queues one message for the keys this handling reserved; the ledger's paced queue sends it (a
   * group within its per-minute allowance, merged with others when more wait than fit).
   */
  void queue(List<String> keys, OutboundMessage message) {
    ledger.enqueue(keys, message);
  }

  private static List<RaisedAnomaly> claimed(
      List<RaisedAnomaly> anomalies, Predicate<RaisedAnomaly> claim) {
    return anomalies.stream().filter(claim).toList();
  }

  static String groupKey(RaisedAnomaly anomaly, String groupCode) {
    return "a" + anomaly.id() + ":group:" + groupCode;
  }

  static String teacherKey(RaisedAnomaly anomaly, long staffId) {
    return "a" + anomaly.id() + ":teacher:" + staffId;
  }
}
