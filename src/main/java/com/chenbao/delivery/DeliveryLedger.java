package com.chenbao.delivery;

import com.chenbao.delivery.DeliveryMapper.NewRow;
import com.chenbao.delivery.DeliveryMapper.Row;
import com.chenbao.delivery.Sender.Claimed;
import com.chenbao.messaging.CallPurpose;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The only way a message leaves: claim its delivery key, send, record the outcome. Whoever writes the row
 * first (or takes it over under the {@link RetryPolicy}) sends; everyone else counts it as done or in
 * progress. Rows are written outside any transaction, so the pending row is in the database before the send
 * starts, and a process killed mid-push leaves at most one chunk pending, which is taken over later.
 *
 * <p>If a process died after DingTalk accepted a message but before its outcome was written, the recipient
 * gets it twice; that window is one gateway call, and the alternative (never resending) would leave the rest
 * of a killed push, or a group's tally, unsent.
 */
@Service
public class DeliveryLedger {

  private final DeliveryMapper mapper;
  private final RetryPolicy policy;
  private final DeliveryProperties properties;
  private final Clock clock;
  private final Sender sender;
  private final GroupChats chats;

  DeliveryLedger(DeliveryMapper mapper, ChatGateway gateway, GroupChats chats, RetryPolicy policy,
      DeliveryProperties properties, Clock clock) {
    this.mapper = mapper;
    this.policy = policy;
    this.properties = properties;
    this.clock = clock;
    this.chats = chats;
    this.sender = new Sender(mapper, gateway, chats, clock);
  }

  /** The same ledger sending through another gateway (tests that break or kill the send). */
  public DeliveryLedger through(ChatGateway gateway) {
    return new DeliveryLedger(mapper, gateway, chats, policy, properties, clock);
  }

  /**
   * Sends each delivery whose key this call claims. People with an identical message share gateway calls, in
   * chunks of {@link DeliveryProperties#sendChunk()}, each chunk claimed right before its call; a group gets
   * one post per message. The calls count against DingTalk's quota under the delivery's kind
   * ({@link CallPurpose}).
   */
  public DeliveryReport send(List<Delivery> deliveries) {
    DeliveryReport report = DeliveryReport.NONE;
    Map<OutboundMessage, List<Delivery>> toPeople = new LinkedHashMap<>();
    for (Delivery d : deliveries) {
      if (d.recipient() instanceof Recipient.Group group) {
        report = report.plus(CallPurpose.during(d.kind(), () -> sendToGroup(d, group)));
      } else {
        toPeople.computeIfAbsent(d.message(), m -> new ArrayList<>()).add(d);
      }
    }
    for (Map.Entry<OutboundMessage, List<Delivery>> e : toPeople.entrySet()) {
      List<Delivery> all = e.getValue();
      for (int from = 0; from < all.size(); from += properties.sendChunk()) {
        List<Delivery> chunk = all.subList(from, Math.min(all.size(), from + properties.sendChunk()));
        report = report.plus(CallPurpose.during(chunk.get(0).kind(), () -> sendChunk(e.getKey(), chunk)));
      }
    }
    return report;
  }

  /**
   * Writes the key as {@code queued} without sending, for a module that sends later from its own queue
   * (the alert outbox paces groups). True if this call wrote it; false if the key was handled before.
   */
  public boolean reserve(String key, @Nullable Long roundId, String kind, Recipient recipient) {
    NewRow row = new NewRow(new Delivery(key, roundId, kind, recipient, new OutboundMessage.Text("")), "queued",
        null, clock.instant());
    try {
      mapper.insert(row);
      return true;
    } catch (DuplicateKeyException handledBefore) {
      return false;
    }
  }

  /**
   * Sends reserved keys now as one message and records the outcome on each key still {@code queued}. The
   * caller's own queue must own the keys (the alert outbox claims its row first), so the send goes out at
   * once, without a claim in the ledger; the outcome then moves the rows out of {@code queued}, storing the
   * message for the retry pass. A crash between send and record leaves them queued: the caller's queue sends
   * them again.
   */
  public DeliveryReport sendReserved(List<String> keys, Recipient recipient, OutboundMessage message) {
    Row reserved = keys.isEmpty() ? null : mapper.findByKey(keys.get(0));
    String purpose = reserved == null ? CallPurpose.current() : reserved.kind();
    Sender.Outcome outcome = CallPurpose.during(purpose, () -> recipient instanceof Recipient.Group group
        ? sender.postToGroup(group, message)
        : sender.sendToPerson((Recipient.Person) recipient, message));
    String json = MessageCodec.encode(message);
    int recorded = 0;
    for (String key : keys) {
      recorded += mapper.recordReserved(key, outcome.statusCode(), outcome.processQueryKey(), outcome.error(),
          outcome.status() == DeliveryStatus.SENT ? clock.instant() : null, json, clock.instant());
    }
    int others = keys.size() - recorded;
    return switch (outcome.status()) {
      case SENT -> new DeliveryReport(recorded, others, 0, 0, 0, 0);
      case UNDELIVERABLE -> new DeliveryReport(0, others, 0, recorded, 0, 0);
      case UNKNOWN -> new DeliveryReport(0, others, 0, 0, recorded, 0);
      case FAILED, FLOW_CONTROLLED -> new DeliveryReport(0, others, 0, 0, 0, recorded);
    };
  }

  /** The retry pass's post of group rows it has claimed already (one post for all of them). */
  DeliveryReport resendToGroup(String kind, Recipient.Group group, OutboundMessage message, List<Long> rowIds) {
    return CallPurpose.during(kind, () -> sender.toGroup(group, message, rowIds));
  }

  /** The retry pass's send of 1:1 rows it has claimed already: one message, 20 people a call. */
  DeliveryReport resendToPeople(String kind, OutboundMessage message, List<Claimed> claimed) {
    return CallPurpose.during(kind, () -> sender.toPeople(message, claimed));
  }

  private DeliveryReport sendToGroup(Delivery d, Recipient.Group group) {
    Claim claim = claim(d);
    if (claim.id == null) {
      return claim.report;
    }
    return sender.toGroup(group, d.message(), List.of(claim.id));
  }

  private DeliveryReport sendChunk(OutboundMessage message, List<Delivery> chunk) {
    DeliveryReport report = DeliveryReport.NONE;
    List<Claimed> claimed = new ArrayList<>();
    for (Delivery d : chunk) {
      Claim claim = claim(d);
      if (claim.id == null) {
        report = report.plus(claim.report);
      } else {
        claimed.add(new Claimed(claim.id, d.recipient()));
      }
    }
    return claimed.isEmpty() ? report : report.plus(sender.toPeople(message, claimed));
  }

  /** Writes the row, or takes an existing one over if the policy allows; otherwise says why not. */
  private Claim claim(Delivery d) {
    String json = MessageCodec.encode(d.message());
    NewRow row = new NewRow(d, "pending", json, clock.instant());
    try {
      mapper.insert(row);
      return new Claim(Objects.requireNonNull(row.id), DeliveryReport.NONE);
    } catch (DuplicateKeyException alreadyWritten) {
      Row existing = mapper.findByKey(d.key());
      if (existing == null) {
        throw new IllegalStateException("Delivery " + d.key() + " is a duplicate key but cannot be read");
      }
      if (policy.mayTakeOver(existing)
          && mapper.reclaim(existing.id(), existing.status(), existing.attempts(), json, clock.instant()) == 1) {
        return new Claim(existing.id(), DeliveryReport.NONE);
      }
      boolean inProgress = "pending".equals(existing.status()) || "queued".equals(existing.status());
      return new Claim(null, inProgress ? new DeliveryReport(0, 0, 1, 0, 0, 0) : new DeliveryReport(0, 1, 0, 0, 0, 0));
    }
  }

  private record Claim(@Nullable Long id, DeliveryReport report) {}
}
