package com.chenbao.delivery;

import com.chenbao.delivery.DeliveryMapper.NewRow;
import com.chenbao.delivery.DeliveryMapper.Row;
import com.chenbao.delivery.Sender.Claimed;
import com.chenbao.messaging.CallPurpose;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.WorkNotificationGateway;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The only way a message leaves: claim its delivery key, send, record the outcome. Whoever writes
 * the row first (or takes it over under the {@link RetryPolicy}) sends; everyone else counts it as
 * done or in progress. Rows are written outside any transaction, so the pending row is in the
 * database before the send starts, and a process killed mid-push leaves at most one chunk pending,
 * which is taken over later.
 *
 * <p>If a process died after DingTalk accepted a message but before its outcome was written, the
 * recipient gets it twice; that window is one gateway call, and the alternative (never resending)
 * would leave the rest of a killed push, or a group's tally, unsent.
 */
@Service
public class DeliveryLedger {

  private final DeliveryMapper mapper;
  private final RetryPolicy policy;
  private final DeliveryProperties properties;
  private final Clock clock;
  private final Sender sender;
  private final GroupChats chats;
  private final QueueBell queue;
  private final WorkNotificationGateway notices;

  DeliveryLedger(
      DeliveryMapper mapper,
      ChatGateway gateway,
      WorkNotificationGateway notices,
      GroupChats chats,
      RetryPolicy policy,
      DeliveryProperties properties,
      Clock clock,
      QueueBell queue) {
    this.mapper = mapper;
    this.queue = queue;
    this.policy = policy;
    this.properties = properties;
    this.clock = clock;
    this.chats = chats;
    this.notices = notices;
    this.sender = new Sender(mapper, gateway, notices, chats, clock);
  }

  /** The same ledger sending through another gateway (tests that break or kill the send). */
  public DeliveryLedger through(ChatGateway gateway) {
    return new DeliveryLedger(mapper, gateway, notices, chats, policy, properties, clock, queue);
  }

  /**
   * Records that a person was reached without a send of ours (a guardian opened their personal link
   * to the web form): a {@code sent} row under the key, once. True if this call wrote it.
   */
  public boolean recordReached(
      String key, @Nullable Long roundId, String kind, Recipient.Person person) {
    Delivery reached = new Delivery(key, roundId, kind, person, new OutboundMessage.Text(""));
    return mapper.insertReached(
            new NewRow(reached, "sent", null, clock.instant(), Recipient.CHANNEL_LINK))
        == 1;
  }

  /**
   * Per person of the round (of {@code recipientKind}), every channel over which a delivery of one
   * of {@code kinds} reached them ({@code robot}, {@code work_notice}, {@code link}).
   */
  public Map<Long, java.util.Set<String>> reached(
      long roundId, String recipientKind, List<String> kinds) {
    Map<Long, java.util.Set<String>> byPerson = new LinkedHashMap<>();
    if (kinds.isEmpty()) {
      return byPerson;
    }
    for (DeliveryMapper.ReachRow row : mapper.findReached(roundId, recipientKind, kinds)) {
      byPerson
          .computeIfAbsent(row.recipientId(), id -> new java.util.LinkedHashSet<>())
          .add(row.channel());
    }
    return byPerson;
  }

  /**
   * People of the round whose robot delivery of {@code kind} DingTalk refused although they have a
   * userId (in {@code invalidStaffIdList}): person id to userId, for another channel.
   */
  public Map<Long, String> refusedByRobot(long roundId, String recipientKind, String kind) {
    Map<Long, String> refused = new LinkedHashMap<>();
    mapper
        .findRefused(roundId, recipientKind, kind)
        .forEach(r -> refused.put(r.recipientId(), r.recipientAddress()));
    return refused;
  }

  /**
   * Sends each delivery whose key this call claims. People with an identical message share gateway
   * calls, in chunks of {@link DeliveryProperties#sendChunk()}, each chunk claimed right before its
   * call; a group gets one post per message. People of different schools never share a call (each
   * school may have its own app). The calls count against DingTalk's quota under the delivery's
   * kind ({@link CallPurpose}).
   */
  public DeliveryReport send(List<Delivery> deliveries) {
    DeliveryReport report = DeliveryReport.NONE;
    Map<SameCall, List<Delivery>> toPeople = new LinkedHashMap<>();
    Map<SameCall, List<Delivery>> toNotified = new LinkedHashMap<>();
    for (Delivery d : deliveries) {
      if (d.recipient() instanceof Recipient.Group group) {
        report = report.plus(CallPurpose.during(d.kind(), () -> sendToGroup(d, group)));
      } else if (d.recipient() instanceof Recipient.Notified) {
        toNotified
            .computeIfAbsent(
                new SameCall(d.recipient().school(), d.message()), m -> new ArrayList<>())
            .add(d);
      } else {
        toPeople
            .computeIfAbsent(
                new SameCall(d.recipient().school(), d.message()), m -> new ArrayList<>())
            .add(d);
      }
    }
    for (Map<SameCall, List<Delivery>> byMessage : List.of(toPeople, toNotified)) {
      for (Map.Entry<SameCall, List<Delivery>> e : byMessage.entrySet()) {
        List<Delivery> all = e.getValue();
        for (int from = 0; from < all.size(); from += properties.sendChunk()) {
          List<Delivery> chunk =
              all.subList(from, Math.min(all.size(), from + properties.sendChunk()));
          report =
              report.plus(
                  CallPurpose.during(
                      chunk.get(0).kind(), () -> sendChunk(e.getKey().message(), chunk)));
        }
      }
    }
    return report;
  }

  private record SameCall(@Nullable Long school, OutboundMessage message) {}

  /**
   * Writes the key as {@code queued} without sending and without a message yet: the caller decides
   * the message once it knows which of its keys are new, then hands it over with {@link #enqueue}.
   * True if this call wrote it; false if the key was handled (or queued) before.
   */
  public boolean reserve(String key, @Nullable Long roundId, String kind, Recipient recipient) {
    NewRow row =
        new NewRow(
            new Delivery(key, roundId, kind, recipient, new OutboundMessage.Text("")),
            "queued",
            null,
            clock.instant());
    try {
      mapper.insert(row);
      return true;
    } catch (DuplicateKeyException handledBefore) {
      return false;
    }
  }

  /**
   * Queues one message for keys this caller {@link #reserve reserved} (one recipient): the paced
   * {@link DeliveryQueue} sends it, a group within its per-minute allowance (merged with others
   * when more wait than fit), a person at once. In a transaction, it becomes visible (and the queue
   * is woken) when that commits. Returns how many keys it queued.
   */
  public int enqueue(List<String> keys, OutboundMessage message) {
    if (keys.isEmpty()) {
      return 0;
    }
    Row lead = mapper.findByKey(keys.get(0));
    if (lead == null) {
      throw new IllegalStateException("Delivery " + keys.get(0) + " was not reserved");
    }
    int queued = mapper.attachMessage(keys, MessageCodec.encode(message), lead.id());
    queue.wakeUpAfterCommit();
    return queued;
  }

  /**
   * How many messages of {@code kind} in the round DingTalk accepted or may have received (outcome
   * unknown): e.g. whether a round's prompt went out. One query.
   */
  public int countOut(long roundId, String kind) {
    return mapper.countOut(roundId, kind);
  }

  /**
   * The people ({@code recipientKind} {@code guardian} or {@code staff}, by id) whose message of
   * {@code kind} in the round ended with {@code status}, e.g. the guardians a round's prompt could
   * not reach. One query per round.
   */
  public Set<Long> recipientsWith(
      long roundId, String kind, String recipientKind, DeliveryStatus status) {
    return new HashSet<>(
        mapper.findRecipientsWith(
            roundId, kind, recipientKind, status.name().toLowerCase(Locale.ROOT)));
  }

  /** The paced queue's send of rows it has claimed already, counted under the kind of the first. */
  DeliveryReport resend(
      String kind, Recipient recipient, OutboundMessage message, List<Long> rowIds) {
    if (recipient instanceof Recipient.Group group) {
      return resendToGroup(kind, group, message, rowIds);
    }
    return resendToPeople(
        kind, message, rowIds.stream().map(id -> new Claimed(id, recipient)).toList());
  }

  /** The retry pass's post of group rows it has claimed already (one post for all of them). */
  DeliveryReport resendToGroup(
      String kind, Recipient.Group group, OutboundMessage message, List<Long> rowIds) {
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
        throw new IllegalStateException(
            "Delivery " + d.key() + " is a duplicate key but cannot be read");
      }
      if (policy.mayTakeOver(existing)
          && mapper.reclaim(
                  existing.id(), existing.status(), existing.attempts(), json, clock.instant())
              == 1) {
        return new Claim(existing.id(), DeliveryReport.NONE);
      }
      boolean inProgress =
          "pending".equals(existing.status()) || "queued".equals(existing.status());
      return new Claim(
          null,
          inProgress ? new DeliveryReport(0, 0, 1, 0, 0, 0) : new DeliveryReport(0, 1, 0, 0, 0, 0));
    }
  }

  private record Claim(@Nullable Long id, DeliveryReport report) {}
}
