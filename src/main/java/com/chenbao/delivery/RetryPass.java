package com.chenbao.delivery;

import com.chenbao.delivery.DeliveryMapper.Row;
import com.chenbao.messaging.OutboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends again what the {@link RetryPolicy} says is due, whichever module wrote it: failed and
 * flow-controlled rows after their backoff, stale pending rows and stale unknown outcomes. Each row
 * is taken with a conditional update (status and attempts as read), so two passes, or a pass and a
 * module's own run, never send the same row twice. Rows with one stored message and one group go
 * out as one post (an alert merged from several anomalies is posted again once, not once per
 * anomaly); 1:1 rows with one stored message go out together, 20 people a call (the prompt is the
 * same for every guardian), each still recorded on its own row.
 */
@Component
public class RetryPass {

  private static final Logger log = LoggerFactory.getLogger(RetryPass.class);

  private final DeliveryMapper mapper;
  private final RetryPolicy policy;
  private final DeliveryLedger ledger;
  private final DeliveryProperties properties;
  private final Clock clock;

  RetryPass(
      DeliveryMapper mapper,
      RetryPolicy policy,
      DeliveryLedger ledger,
      DeliveryProperties properties,
      Clock clock) {
    this.mapper = mapper;
    this.policy = policy;
    this.ledger = ledger;
    this.properties = properties;
    this.clock = clock;
  }

  /** One pass; returns what it did. */
  public DeliveryReport retryDue() {
    Instant now = clock.instant();
    Duration earliest =
        properties.firstRetryAfter().compareTo(properties.pendingTimeout()) < 0
            ? properties.firstRetryAfter()
            : properties.pendingTimeout();
    Map<Target, List<Long>> toGroups = new LinkedHashMap<>();
    Map<Target, List<Sender.Claimed>> toPeople = new LinkedHashMap<>();
    for (Row row :
        mapper.findRetryCandidates(
            properties.maxAttempts(),
            now.minus(properties.retryWithin()),
            now.minus(earliest),
            properties.retryBatch())) {
      if (policy.dueForRetry(row)
          && mapper.reclaim(row.id(), row.status(), row.attempts(), null, clock.instant()) == 1) {
        Recipient recipient = recipientOf(row);
        String message = Objects.requireNonNull(row.message());
        if (recipient instanceof Recipient.Group) {
          toGroups
              .computeIfAbsent(new Target(recipient, message, row.kind()), t -> new ArrayList<>())
              .add(row.id());
        } else {
          toPeople
              .computeIfAbsent(new Target(null, message, row.kind()), t -> new ArrayList<>())
              .add(new Sender.Claimed(row.id(), recipient));
        }
      }
    }
    DeliveryReport report = DeliveryReport.NONE;
    for (Map.Entry<Target, List<Long>> e : toGroups.entrySet()) {
      OutboundMessage message = MessageCodec.decode(e.getKey().message());
      report =
          report.plus(
              ledger.resendToGroup(
                  e.getKey().kind(),
                  (Recipient.Group) Objects.requireNonNull(e.getKey().recipient()),
                  message,
                  e.getValue()));
    }
    for (Map.Entry<Target, List<Sender.Claimed>> e : toPeople.entrySet()) {
      OutboundMessage message = MessageCodec.decode(e.getKey().message());
      report = report.plus(ledger.resendToPeople(e.getKey().kind(), message, e.getValue()));
    }
    if (report.total() > 0) {
      log.info("Delivery retry pass: {}", report);
    }
    return report;
  }

  private static Recipient recipientOf(Row row) {
    if ("group".equals(row.recipientKind())) {
      return new Recipient.Group(
          Objects.requireNonNull(row.schoolId()), Objects.requireNonNull(row.recipientAddress()));
    }
    if (Recipient.CHANNEL_WORK_NOTICE.equals(row.channel())) {
      return new Recipient.Notified(
          row.recipientKind(),
          Objects.requireNonNull(row.recipientId()),
          Objects.requireNonNull(row.recipientAddress()));
    }
    return new Recipient.Person(
        row.recipientKind(),
        Objects.requireNonNull(row.recipientId()),
        row.recipientAddress(),
        row.schoolId());
  }

  /**
   * What rows are sent again together: one group's post, or (recipient null) one message to people.
   */
  private record Target(@Nullable Recipient recipient, String message, String kind) {}
}
