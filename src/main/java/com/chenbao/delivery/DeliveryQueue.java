package com.chenbao.delivery;

import com.chenbao.delivery.DeliveryMapper.QueuedRow;
import com.chenbao.delivery.DeliveryMapper.QueuedTarget;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.shared.MessageTexts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends {@code queued} deliveries ({@link DeliveryLedger#enqueue}; alerts), on the {@link
 * DeliveryWorker}'s thread, so no answer, callback or other group ever waits for a group's
 * allowance.
 *
 * <p>A group gets at most {@link DeliveryProperties#groupMessagesPerWindow()} posts per {@link
 * DeliveryProperties#groupWindow()}, counted from the ledger's own {@code sent_at} (every post to
 * the group, tallies included), so a burst is delayed and never refused by DingTalk. While the
 * queued messages fit into the free slots they go one by one; once more wait than the window has
 * room for, everything waiting goes as one merged post (as many as fit into {@link
 * DeliveryProperties#mergedMaxBytes()}; the rest wait for the next slot). People (a class teacher's
 * 1:1 alert) are not paced and get their messages one by one.
 *
 * <p>Each message is claimed by a conditional update of its lead row before it is sent, so two
 * instances never send it both; the rows then follow the ledger's one retry policy: a failed send
 * is retried by the {@link RetryPass}, a claim whose process died is taken over once stale.
 */
@Component
public class DeliveryQueue {

  private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
  private static final String SEPARATOR = "\n\n---\n\n";

  private final DeliveryMapper mapper;
  private final DeliveryLedger ledger;
  private final MessageTexts texts;
  private final DeliveryProperties properties;
  private final Clock clock;

  DeliveryQueue(
      DeliveryMapper mapper,
      DeliveryLedger ledger,
      MessageTexts texts,
      DeliveryProperties properties,
      Clock clock) {
    this.mapper = mapper;
    this.ledger = ledger;
    this.texts = texts;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Sends what the allowances permit now; one pass at a time per instance. Returns the posts and
   * messages sent.
   */
  public synchronized int sendDue() {
    int sent = 0;
    for (QueuedTarget target : mapper.findQueuedTargets()) {
      try {
        sent += "group".equals(target.recipientKind()) ? sendToGroup(target) : sendToPerson(target);
      } catch (RuntimeException e) {
        log.warn(
            "Queued deliveries to {} {} not sent this pass: {}",
            target.recipientKind(),
            target.recipientAddress(),
            e.toString());
      }
    }
    return sent;
  }

  private int sendToGroup(QueuedTarget target) {
    Recipient.Group group =
        new Recipient.Group(
            Objects.requireNonNull(target.schoolId()),
            Objects.requireNonNull(target.recipientAddress()));
    Instant now = clock.instant();
    int free =
        properties.groupMessagesPerWindow()
            - mapper.countGroupPostsSince(
                group.schoolId(), group.code(), now.minus(properties.groupWindow()), now);
    if (free <= 0) {
      return 0;
    }
    List<QueuedRow> queued = mapper.findQueued(target, 500);
    if (queued.size() <= free) {
      queued.forEach(row -> send(group, List.of(row), false));
      return queued.size();
    }
    send(group, fitting(queued), true);
    return 1;
  }

  private int sendToPerson(QueuedTarget target) {
    Recipient person =
        new Recipient.Person(
            target.recipientKind(),
            Objects.requireNonNull(target.recipientId()),
            target.recipientAddress(),
            target.schoolId());
    List<QueuedRow> queued = mapper.findQueued(target, 100);
    queued.forEach(row -> send(person, List.of(row), false));
    return queued.size();
  }

  /**
   * Claims the messages one by one (another instance may hold some), with the rows each carries,
   * and sends the ones this call won as one message (merged if asked and more than one); the ledger
   * records the outcome on every row.
   */
  private void send(Recipient recipient, List<QueuedRow> rows, boolean merge) {
    Instant now = clock.instant();
    List<QueuedRow> won =
        rows.stream().filter(row -> mapper.claimQueued(row.id(), now) == 1).toList();
    if (won.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>();
    for (QueuedRow row : won) {
      mapper.claimCarried(row.id(), now);
      ids.add(row.id());
      ids.addAll(mapper.findCarried(row.id()));
    }
    boolean merged = merge && won.size() > 1;
    if (merged) {
      mapper.carryWith(ids, won.get(0).id());
    }
    OutboundMessage message = merged ? merge(won) : MessageCodec.decode(won.get(0).message());
    ledger.resend(won.get(0).kind(), recipient, message, ids);
  }

  /** The oldest queued messages that fit into one merged post (at least one). */
  private List<QueuedRow> fitting(List<QueuedRow> queued) {
    List<QueuedRow> fit = new ArrayList<>();
    int bytes = 200;
    for (QueuedRow row : queued) {
      bytes +=
          body(MessageCodec.decode(row.message())).getBytes(StandardCharsets.UTF_8).length
              + SEPARATOR.length();
      if (!fit.isEmpty() && bytes > properties.mergedMaxBytes()) {
        break;
      }
      fit.add(row);
    }
    return fit;
  }

  private OutboundMessage.Markdown merge(List<QueuedRow> rows) {
    Map<String, Object> values = Map.of("count", rows.size());
    String body =
        texts.render("alert.merged.intro", values)
            + SEPARATOR
            + rows.stream()
                .map(r -> body(MessageCodec.decode(r.message())))
                .collect(Collectors.joining(SEPARATOR));
    return new OutboundMessage.Markdown(texts.render("alert.merged.title", values), body);
  }

  private static String body(OutboundMessage message) {
    if (message instanceof OutboundMessage.Markdown m) {
      return m.text();
    }
    if (message instanceof OutboundMessage.ActionCard c) {
      return c.text();
    }
    return ((OutboundMessage.Text) message).content();
  }
}
