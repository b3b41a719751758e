package com.chenbao.dingtalk.inbound;

import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundMessageSettled;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The acknowledging half of every inbound robot message, whether it came by HTTP callback or
 * Stream: check it, store it as pending work (unique msgId), wake the {@link InboundWorker}, and
 * return. Nothing here interprets, records, replies or alerts, so a burst of messages costs each
 * callback one insert on a small pool of its own ({@link InboundStore}) and never holds a
 * connection or thread for longer.
 *
 * <p>Only what could be handled is stored: unreadable payloads and fields that cannot be stored are
 * refused (400, no row), and message types DingTalk may add later are acknowledged without a row,
 * so junk never piles up as pending work.
 */
@Component
class InboundPipeline {

  private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

  /** What became of one delivery; every outcome means "acknowledge it". Failures are exceptions. */
  enum Outcome {
    STORED,
    ALREADY_STORED,
    IGNORED_UNKNOWN_TYPE
  }

  private final InboundMessageParser parser;
  private final InboundStore store;
  private final InboundWorker worker;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ApplicationEventPublisher events;

  InboundPipeline(
      InboundMessageParser parser,
      InboundStore store,
      InboundWorker worker,
      Clock clock,
      MeterRegistry meters,
      ApplicationEventPublisher events) {
    this.events = events;
    this.parser = parser;
    this.store = store;
    this.worker = worker;
    this.clock = clock;
    this.meters = meters;
  }

  /**
   * Accepts one delivery: stored (or known from before) when this returns.
   *
   * @throws MalformedInboundMessageException the payload is unreadable or cannot be stored; nothing
   *     stored
   * @throws InboundStorageException the database refused or did not answer in time; nothing
   *     acknowledged
   */
  Outcome accept(String payload, InboundChannel channel) {
    InboundChatMessage message;
    try {
      message = parser.parse(payload);
    } catch (MalformedInboundMessageException e) {
      count(channel, "refused");
      throw e;
    }
    Outcome outcome =
        message.msgType() == InboundChatMessage.MsgType.UNKNOWN
            ? Outcome.IGNORED_UNKNOWN_TYPE
            : store(message, channel);
    if (outcome == Outcome.STORED) {
      worker.wake();
    }
    count(channel, outcome.name());
    return outcome;
  }

  private Outcome store(InboundChatMessage message, InboundChannel channel) {
    try {
      store.mapper().insertReceived(row(message, channel));
      return Outcome.STORED;
    } catch (DuplicateKeyException duplicate) {
      settledBefore(message.msgId());
      return Outcome.ALREADY_STORED;
    } catch (DataAccessException e) {
      log.warn(
          "Inbound message {} could not be stored: {}",
          message.msgId(),
          e.getClass().getSimpleName());
      count(channel, "storage-failed");
      throw new InboundStorageException(message.msgId(), e);
    }
  }

  /**
   * A redelivery of a message already handled: say so again, for whoever waits on it (the sandbox).
   */
  private void settledBefore(String msgId) {
    try {
      String status = store.mapper().findStatus(msgId);
      if ("handled".equals(status) || "failed".equals(status)) {
        events.publishEvent(new InboundMessageSettled(msgId, "handled".equals(status)));
      }
    } catch (DataAccessException e) {
      // Only a courtesy; the delivery is acknowledged all the same.
    }
  }

  private InboundMessageMapper.NewInboundMessage row(InboundChatMessage m, InboundChannel channel) {
    return new InboundMessageMapper.NewInboundMessage(
        m.msgId(),
        channel.name().toLowerCase(Locale.ROOT),
        m.senderUserId(),
        m.conversationType() == InboundChatMessage.ConversationType.GROUP ? "2" : "1",
        m.conversationId(),
        m.msgType().name().toLowerCase(Locale.ROOT),
        m.rawJson(),
        clock.instant());
  }

  private void count(InboundChannel channel, String outcome) {
    meters
        .counter(
            "chenbao.dingtalk.inbound.messages",
            "channel",
            channel.name().toLowerCase(Locale.ROOT),
            "outcome",
            outcome.toLowerCase(Locale.ROOT))
        .increment();
  }
}
