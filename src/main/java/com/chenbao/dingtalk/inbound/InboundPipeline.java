package com.chenbao.dingtalk.inbound;

import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundMessageHandler;
import com.chenbao.messaging.InboundReplier;
import com.chenbao.messaging.InboundReply;
import com.chenbao.shared.MessageTexts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The one path every inbound robot message takes, whether it came by HTTP callback or Stream: parse,
 * store (so nothing is acknowledged before it is in the database), then hand it to the handler at most
 * once per msgId, then mark it handled.
 *
 * <p>Messages without text (pictures, files, videos, voice DingTalk could not transcribe) are stored
 * and answered here with a polite "text only" reply; they never reach the {@link
 * InboundMessageHandler}, so the conversation module only ever parses words.
 *
 * <p>Each statement runs in its own transaction on purpose: the stored row must survive a handler
 * failure, which then leaves it {@code failed} for the redelivery to retry.
 */
@Component
class InboundPipeline {

  private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

  /** A {@code received} row older than this belongs to an attempt that died; a redelivery may take it over. */
  static final Duration STUCK_AFTER = Duration.ofMinutes(2);

  /** What became of one delivery; every outcome means "acknowledge it". Failures are exceptions. */
  enum Outcome {
    HANDLED,
    ANSWERED_NOT_TEXT,
    ALREADY_HANDLED,
    IN_PROGRESS
  }

  private final InboundMessageParser parser;
  private final InboundMessageMapper mapper;
  private final InboundMessageHandler handler;
  private final InboundReplier replier;
  private final MessageTexts texts;
  private final Clock clock;
  private final MeterRegistry meters;

  InboundPipeline(InboundMessageParser parser, InboundMessageMapper mapper, InboundMessageHandler handler,
      InboundReplier replier, MessageTexts texts, Clock clock, MeterRegistry meters) {
    this.parser = parser;
    this.mapper = mapper;
    this.handler = handler;
    this.replier = replier;
    this.texts = texts;
    this.clock = clock;
    this.meters = meters;
  }

  /**
   * Takes one delivery through the pipeline.
   *
   * @throws MalformedInboundMessageException the payload is unreadable; nothing stored
   * @throws InboundStorageException the database refused; nothing stored or acknowledged, handler not called
   * @throws InboundHandlingException stored, but handling failed; the row is {@code failed}
   */
  Outcome accept(String payload, InboundChannel channel) {
    InboundChatMessage message = parser.parse(payload);
    try (MDC.MDCCloseable ignored = MDC.putCloseable("msgId", message.msgId())) {
      Outcome outcome = claim(message, channel) ? process(message) : alreadySeen(message.msgId());
      count(channel, outcome.name());
      return outcome;
    } catch (RuntimeException e) {
      count(channel, e instanceof InboundStorageException ? "storage-failed" : "handling-failed");
      throw e;
    }
  }

  /** Stores the message; true if this delivery owns it now (new, or a retry of a failed or stuck one). */
  private boolean claim(InboundChatMessage message, InboundChannel channel) {
    Instant now = clock.instant();
    try {
      mapper.insertReceived(row(message, channel, now));
      return true;
    } catch (DuplicateKeyException duplicate) {
      return mapper.claimForRetry(message.msgId(), now, now.minus(STUCK_AFTER)) == 1;
    } catch (DataAccessException e) {
      log.warn("Inbound message {} could not be stored: {}", message.msgId(), e.getClass().getSimpleName());
      throw new InboundStorageException(message.msgId(), e);
    }
  }

  private Outcome alreadySeen(String msgId) {
    try {
      return "handled".equals(mapper.findStatus(msgId)) ? Outcome.ALREADY_HANDLED : Outcome.IN_PROGRESS;
    } catch (DataAccessException e) {
      throw new InboundStorageException(msgId, e);
    }
  }

  private Outcome process(InboundChatMessage message) {
    Outcome outcome;
    try {
      outcome = dispatch(message);
    } catch (RuntimeException e) {
      markFailed(message.msgId());
      // Logged once, here; the exception's message must not carry the chat text (handler contract).
      log.warn("Inbound message {} failed in handling", message.msgId(), e);
      throw new InboundHandlingException(message.msgId(), e);
    }
    try {
      mapper.markHandled(message.msgId(), clock.instant());
    } catch (DataAccessException e) {
      // Handled but not recorded: the row stays 'received' and only a redelivery after STUCK_AFTER repeats it.
      throw new InboundStorageException(message.msgId(), e);
    }
    return outcome;
  }

  private Outcome dispatch(InboundChatMessage message) {
    if (message.hasText()) {
      handler.onMessage(message);
      return Outcome.HANDLED;
    }
    replier.reply(message, InboundReply.text(texts.render(notTextKey(message.msgType()))));
    return Outcome.ANSWERED_NOT_TEXT;
  }

  private static String notTextKey(InboundChatMessage.MsgType type) {
    return switch (type) {
      case PICTURE -> "inbound.not-text.picture";
      case AUDIO -> "inbound.not-text.audio";
      case VIDEO -> "inbound.not-text.video";
      case FILE -> "inbound.not-text.file";
      default -> "inbound.not-text.other";
    };
  }

  private void markFailed(String msgId) {
    try {
      mapper.markFailed(msgId);
    } catch (DataAccessException e) {
      // The row stays 'received'; a redelivery after STUCK_AFTER takes it over all the same.
      log.warn("Inbound message {} could not be marked failed: {}", msgId, e.getClass().getSimpleName());
    }
  }

  private static InboundMessageMapper.NewInboundMessage row(InboundChatMessage m, InboundChannel channel, Instant now) {
    return new InboundMessageMapper.NewInboundMessage(
        m.msgId(),
        channel.name().toLowerCase(Locale.ROOT),
        m.senderUserId(),
        m.conversationType() == InboundChatMessage.ConversationType.GROUP ? "2" : "1",
        m.conversationId(),
        m.msgType().name().toLowerCase(Locale.ROOT),
        m.rawJson(),
        now);
  }

  private void count(InboundChannel channel, String outcome) {
    meters.counter("chenbao.dingtalk.inbound.messages",
        "channel", channel.name().toLowerCase(Locale.ROOT), "outcome", outcome.toLowerCase(Locale.ROOT)).increment();
  }
}
