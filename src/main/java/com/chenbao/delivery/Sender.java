package com.chenbao.delivery;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import com.chenbao.messaging.WorkNotificationGateway;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends claimed rows through the messaging port and records each outcome on its row. */
final class Sender {

  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  static final String NO_USER_ID = "no DingTalk userId in the roster";
  static final String NO_CHAT = "the working group or its chat is gone";
  private static final int MAX_ERROR_LENGTH = 255;

  /** A row this caller claimed, and whom it goes to. */
  record Claimed(long id, Recipient recipient) {}

  private final DeliveryMapper mapper;
  private final ChatGateway gateway;
  private final WorkNotificationGateway notices;
  private final GroupChats chats;
  private final Clock clock;

  Sender(
      DeliveryMapper mapper,
      ChatGateway gateway,
      WorkNotificationGateway notices,
      GroupChats chats,
      Clock clock) {
    this.mapper = mapper;
    this.gateway = gateway;
    this.notices = notices;
    this.chats = chats;
    this.clock = clock;
  }

  /**
   * One gateway call for claimed 1:1 rows of one message (robot chat, or work notification for
   * {@link Recipient.Notified} rows); unreachable people are recorded without a call.
   */
  DeliveryReport toPeople(OutboundMessage message, List<Claimed> claimed) {
    // Callers group rows by recipient school (one app per call); the first row's school sends them
    // all.
    ChatGateway through = claimed.isEmpty() ? gateway : gatewayFor(claimed.get(0).recipient());
    Counts counts = new Counts();
    Map<Long, String> userIdByRow = new LinkedHashMap<>();
    boolean workNotice = false;
    for (Claimed c : claimed) {
      if (c.recipient() instanceof Recipient.Notified notified) {
        workNotice = true;
        userIdByRow.put(c.id(), notified.userId());
        continue;
      }
      Recipient.Person person = (Recipient.Person) c.recipient();
      if (person.reachable()) {
        userIdByRow.put(c.id(), Objects.requireNonNull(person.userId()));
      } else {
        recordNotSent(c.id(), DeliveryStatus.UNDELIVERABLE, NO_USER_ID);
        counts.add(DeliveryStatus.UNDELIVERABLE);
      }
    }
    if (userIdByRow.isEmpty()) {
      return counts.report();
    }
    BatchSendResult result;
    try {
      List<String> userIds = List.copyOf(new LinkedHashSet<>(userIdByRow.values()));
      result =
          workNotice
              ? notices.notifyUsers(userIds, message)
              : through.sendToUsers(userIds, message);
    } catch (RuntimeException e) {
      // The gateway throws only for a message it cannot carry or a broken adapter: nothing was
      // sent.
      log.error("Send of {} deliveries failed: {}", userIdByRow.size(), e.toString());
      userIdByRow
          .keySet()
          .forEach(
              id -> {
                recordNotSent(id, DeliveryStatus.FAILED, e.toString());
                counts.add(DeliveryStatus.FAILED);
              });
      return counts.report();
    }
    Map<String, RecipientResult> byUser = result.byUserId();
    userIdByRow.forEach(
        (id, userId) -> {
          RecipientResult outcome = byUser.get(userId);
          record(id, outcome.status(), outcome.processQueryKey(), outcome.reason());
          counts.add(outcome.status());
        });
    return counts.report();
  }

  /**
   * One post into the group for all claimed rows (an alert merged from several carries several
   * rows).
   */
  DeliveryReport toGroup(Recipient.Group group, OutboundMessage message, List<Long> rowIds) {
    Outcome outcome = postToGroup(group, message);
    Counts counts = new Counts();
    for (long id : rowIds) {
      record(id, outcome.status(), outcome.processQueryKey(), outcome.reason());
      counts.add(outcome.status());
    }
    return counts.report();
  }

  /** Posts without recording (the caller records the outcome). */
  private Outcome postToGroup(Recipient.Group group, OutboundMessage message) {
    GroupChat chat = chats.chatOf(group);
    Outcome outcome;
    if (chat == null) {
      outcome = new Outcome(DeliveryStatus.FAILED, null, NO_CHAT);
    } else {
      try {
        GroupSendResult result = gatewayFor(group).sendToGroup(chat, message);
        outcome =
            new Outcome(
                result.status(),
                result.processQueryKeys().stream().findFirst().orElse(null),
                result.reason());
      } catch (RuntimeException e) {
        outcome =
            new Outcome(
                DeliveryStatus.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    if (outcome.status() != DeliveryStatus.SENT) {
      log.warn(
          "Group {} of school {}: not delivered ({}): {}",
          group.code(),
          group.schoolId(),
          outcome.status(),
          outcome.reason());
    }
    return outcome;
  }

  /** The school's app (its school file may name its own DingTalk app), or the process-wide one. */
  private ChatGateway gatewayFor(Recipient recipient) {
    Long school = recipient.school();
    return school == null ? gateway : gateway.forSchool(school);
  }

  record Outcome(
      DeliveryStatus status, @Nullable String processQueryKey, @Nullable String reason) {}

  void recordNotSent(long id, DeliveryStatus status, String reason) {
    record(id, status, null, reason);
  }

  private void record(
      long id, DeliveryStatus status, @Nullable String processQueryKey, @Nullable String reason) {
    mapper.recordOutcome(
        id,
        status.name().toLowerCase(Locale.ROOT),
        processQueryKey,
        truncate(reason),
        status == DeliveryStatus.SENT ? clock.instant() : null);
  }

  private static @Nullable String truncate(@Nullable String text) {
    return text == null || text.length() <= MAX_ERROR_LENGTH
        ? text
        : text.substring(0, MAX_ERROR_LENGTH);
  }

  private static final class Counts {
    int sent;
    int undeliverable;
    int unknown;
    int failed;

    void add(DeliveryStatus status) {
      switch (status) {
        case SENT -> sent++;
        case UNDELIVERABLE -> undeliverable++;
        case UNKNOWN -> unknown++;
        case FAILED, FLOW_CONTROLLED -> failed++;
      }
    }

    DeliveryReport report() {
      return new DeliveryReport(sent, 0, 0, undeliverable, unknown, failed);
    }
  }
}
