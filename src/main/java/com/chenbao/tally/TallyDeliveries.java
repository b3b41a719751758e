package com.chenbao.tally;

import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends a tally at most once per round and recipient: the delivery row (key {@code t<roundId>:group:<code>}
 * or {@code t<roundId>:teacher:<staffId>}) is committed before the send and updated from its result.
 */
@Component
class TallyDeliveries {

  private static final int MAX_ERROR = 255;

  private final TallyDeliveryMapper deliveries;
  private final ChatGateway gateway;
  private final Clock clock;

  TallyDeliveries(TallyDeliveryMapper deliveries, ChatGateway gateway, Clock clock) {
    this.deliveries = deliveries;
    this.gateway = gateway;
    this.clock = clock;
  }

  /** True if this call claimed the group's tally of the round; false if an earlier call did. */
  boolean claimForGroup(long roundId, long schoolId, String groupCode) {
    return deliveries.claimForGroup(groupKey(roundId, groupCode), roundId, schoolId, groupCode, clock.instant()) == 1;
  }

  boolean claimForTeacher(long roundId, long staffId) {
    return deliveries.claimForStaff(teacherKey(roundId, staffId), roundId, staffId, clock.instant()) == 1;
  }

  DeliveryStatus sendToGroup(long roundId, String groupCode, GroupChat chat, OutboundMessage message) {
    String key = groupKey(roundId, groupCode);
    try {
      GroupSendResult result = gateway.sendToGroup(chat, message);
      return record(key, result.status(), result.processQueryKeys().stream().findFirst().orElse(null), result.reason());
    } catch (RuntimeException e) {
      return record(key, DeliveryStatus.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  DeliveryStatus sendToTeacher(long roundId, long staffId, String userId, OutboundMessage message) {
    String key = teacherKey(roundId, staffId);
    try {
      RecipientResult result = gateway.sendToUsers(List.of(userId), message).of(userId);
      return record(key, result.status(), result.processQueryKey(), result.reason());
    } catch (RuntimeException e) {
      return record(key, DeliveryStatus.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private DeliveryStatus record(String key, DeliveryStatus status, @Nullable String processQueryKey, @Nullable String reason) {
    String error = reason == null ? null : reason.substring(0, Math.min(reason.length(), MAX_ERROR));
    deliveries.recordOutcome(key, status.name().toLowerCase(Locale.ROOT), processQueryKey, error,
        status == DeliveryStatus.SENT ? clock.instant() : null);
    return status;
  }

  static String groupKey(long roundId, String groupCode) {
    return "t" + roundId + ":group:" + groupCode;
  }

  static String teacherKey(long roundId, long staffId) {
    return "t" + roundId + ":teacher:" + staffId;
  }
}
