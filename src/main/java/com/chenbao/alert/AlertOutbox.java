package com.chenbao.alert;

import com.chenbao.alert.AlertOutboxMapper.OutboxRow;
import com.chenbao.alert.AlertOutboxMapper.Recipient;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.shared.MessageTexts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Alerts on their way out. Handling an answer only writes outbox rows ({@link #toGroup}, {@link #toStaff});
 * {@link #sendDue()} (on {@link AlertOutboxSender}'s thread) posts them, so no answer, callback or other group
 * ever waits for a group's allowance.
 *
 * <p>A group gets at most {@link AlertProperties#groupMessagesPerWindow()} messages per
 * {@link AlertProperties#groupWindow()}, counted from the outbox itself, so a burst is delayed and never
 * refused by DingTalk. While the pending alerts fit into the free slots they go one by one; once more are
 * queued than the window has room for, everything queued goes as one merged message (as many as fit into
 * {@link AlertProperties#mergedMaxBytes()}; the rest wait for the next slot). Teachers' 1:1 alerts are not
 * limited per person and go one by one.
 */
@Component
class AlertOutbox {

  private static final Logger log = LoggerFactory.getLogger(AlertOutbox.class);
  static final String GROUP = "group";
  static final String STAFF = "staff";
  private static final String SEPARATOR = "\n\n---\n\n";

  private final AlertOutboxMapper outbox;
  private final AlertDeliveries deliveries;
  private final MessageTexts texts;
  private final AlertProperties properties;
  private final Clock clock;
  private volatile Runnable wakeUp = () -> {};

  AlertOutbox(AlertOutboxMapper outbox, AlertDeliveries deliveries, MessageTexts texts,
      AlertProperties properties, Clock clock) {
    this.outbox = outbox;
    this.deliveries = deliveries;
    this.texts = texts;
    this.properties = properties;
    this.clock = clock;
  }

  void onEnqueue(Runnable wakeUp) {
    this.wakeUp = wakeUp;
  }

  void toGroup(AlertContext context, String groupCode, List<String> deliveryKeys, OutboundMessage.Markdown message) {
    enqueue(context.schoolId(), GROUP, groupCode, deliveryKeys, message);
  }

  void toStaff(AlertContext context, String userId, List<String> deliveryKeys, OutboundMessage.Markdown message) {
    enqueue(context.schoolId(), STAFF, userId, deliveryKeys, message);
  }

  private void enqueue(long schoolId, String kind, String recipient, List<String> keys, OutboundMessage.Markdown m) {
    outbox.insert(new AlertOutboxMapper.NewAlert(schoolId, kind, recipient, String.join("\n", keys), m.title(),
        m.text(), clock.instant()));
    wakeUp.run();
  }

  /** Sends what the allowances permit now; one pass at a time per instance. Returns the messages sent. */
  synchronized int sendDue() {
    Instant now = clock.instant();
    outbox.releaseStale(now.minus(properties.sendingLease()));
    int sent = 0;
    for (Recipient recipient : outbox.findPendingRecipients()) {
      try {
        sent += GROUP.equals(recipient.recipientKind()) ? sendToGroup(recipient) : sendToStaff(recipient);
      } catch (RuntimeException e) {
        log.warn("Alerts to {} {} not sent this round: {}", recipient.recipientKind(), recipient.recipient(), e.toString());
      }
    }
    return sent;
  }

  private int sendToGroup(Recipient recipient) {
    Instant now = clock.instant();
    int free = properties.groupMessagesPerWindow() - outbox.countSentSince(recipient, now.minus(properties.groupWindow()), now);
    if (free <= 0) {
      return 0;
    }
    List<OutboxRow> pending = outbox.findPending(recipient, 500);
    BiConsumer<List<String>, OutboundMessage.Markdown> sender =
        (keys, m) -> deliveries.sendToGroup(keys, recipient.schoolId(), recipient.recipient(), m);
    if (pending.size() <= free) {
      pending.forEach(row -> send(List.of(row), false, sender));
      return pending.size();
    }
    send(fitting(pending), true, sender);
    return 1;
  }

  private int sendToStaff(Recipient recipient) {
    List<OutboxRow> pending = outbox.findPending(recipient, 100);
    pending.forEach(row -> send(List.of(row), false,
        (keys, m) -> deliveries.sendToTeacher(keys, recipient.schoolId(), recipient.recipient(), m)));
    return pending.size();
  }

  /**
   * Claims the rows one by one (another sender may hold some), sends the ones this call won as one message
   * (merged if asked and more than one) through the ledger, which records the outcome (a group whose chat is
   * gone: failed), and marks them done.
   */
  private void send(List<OutboxRow> rows, boolean merge, BiConsumer<List<String>, OutboundMessage.Markdown> sender) {
    Instant now = clock.instant();
    List<OutboxRow> won = rows.stream().filter(row -> outbox.claim(List.of(row.id()), now) == 1).toList();
    if (won.isEmpty()) {
      return;
    }
    sender.accept(keys(won), merge && won.size() > 1 ? merge(won) : message(won.get(0)));
    List<Long> ids = won.stream().map(OutboxRow::id).toList();
    outbox.markDone(ids, merge && won.size() > 1 ? ids.get(0) : null, clock.instant());
  }

  /** The oldest pending alerts that fit into one merged message (at least one). */
  private List<OutboxRow> fitting(List<OutboxRow> pending) {
    List<OutboxRow> fit = new ArrayList<>();
    int bytes = 200;
    for (OutboxRow row : pending) {
      bytes += row.body().getBytes(StandardCharsets.UTF_8).length + SEPARATOR.length();
      if (!fit.isEmpty() && bytes > properties.mergedMaxBytes()) {
        break;
      }
      fit.add(row);
    }
    return fit;
  }

  private OutboundMessage.Markdown merge(List<OutboxRow> rows) {
    Map<String, Object> values = Map.of("count", rows.size());
    String body = texts.render("alert.merged.intro", values) + SEPARATOR
        + rows.stream().map(OutboxRow::body).collect(Collectors.joining(SEPARATOR));
    return new OutboundMessage.Markdown(texts.render("alert.merged.title", values), body);
  }

  private static OutboundMessage.Markdown message(OutboxRow row) {
    return new OutboundMessage.Markdown(row.title(), row.body());
  }

  private static List<String> keys(List<OutboxRow> rows) {
    return rows.stream().flatMap(r -> Arrays.stream(r.deliveryKeys().split("\n"))).filter(k -> !k.isBlank()).toList();
  }
}
