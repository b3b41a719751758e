package com.chenbao.dingtalk.inbound;

import com.chenbao.dingtalk.inbound.InboundMessageMapper.PendingMessage;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundMessageHandler;
import com.chenbao.messaging.InboundMessageSettled;
import com.chenbao.messaging.InboundReplier;
import com.chenbao.messaging.InboundReply;
import com.chenbao.shared.MessageTexts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Handles stored inbound messages after their acknowledgement: claims due rows of {@code
 * inbound_messages} (pending ones, and ones whose claim outlived {@link InboundProperties#lease()}
 * because their worker died), hands text to the {@link InboundMessageHandler}, answers everything
 * else itself, and marks the row handled. A message acknowledged just before a crash is therefore
 * handled after the restart: the first pass at start-up finds it pending.
 *
 * <p>Each sender's messages go to the same lane (a single thread), so a parent's correction is
 * never handled before the answer it corrects; different senders run in parallel, {@link
 * InboundProperties#workers()} at a time, which also bounds the connections the handling can take
 * from the main pool. A failed attempt is retried after a growing pause, {@link
 * InboundProperties#maxAttempts()} times at most, then left {@code failed} for an operator.
 */
@Component
class InboundWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboundWorker.class);

  private final InboundMessageMapper mapper;
  private final InboundMessageParser parser;
  private final InboundMessageHandler handler;
  private final InboundReplier replier;
  private final MessageTexts texts;
  private final InboundProperties properties;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ApplicationEventPublisher events;
  private final Semaphore wakeups = new Semaphore(0);
  private final List<ExecutorService> lanes = new ArrayList<>();
  private volatile boolean running;
  private Thread dispatcher;

  InboundWorker(
      InboundMessageMapper mapper,
      InboundMessageParser parser,
      InboundMessageHandler handler,
      InboundReplier replier,
      MessageTexts texts,
      InboundProperties properties,
      Clock clock,
      MeterRegistry meters,
      ApplicationEventPublisher events) {
    this.events = events;
    this.mapper = mapper;
    this.parser = parser;
    this.handler = handler;
    this.replier = replier;
    this.texts = texts;
    this.properties = properties;
    this.clock = clock;
    this.meters = meters;
  }

  /** A message was stored: look now rather than at the next poll. */
  void wake() {
    if (wakeups.availablePermits() == 0) {
      wakeups.release();
    }
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    for (int i = 0; i < properties.workers(); i++) {
      int lane = i;
      lanes.add(Executors.newSingleThreadExecutor(r -> new Thread(r, "inbound-lane-" + lane)));
    }
    running = true;
    dispatcher = new Thread(this::dispatchLoop, "inbound-worker");
    dispatcher.setDaemon(true);
    dispatcher.start();
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    dispatcher.interrupt();
    lanes.forEach(ExecutorService::shutdown);
    try {
      dispatcher.join(10_000);
      for (ExecutorService lane : lanes) {
        lane.awaitTermination(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lanes.clear();
  }

  /**
   * Off only to leave acknowledged messages unhandled, as a crash right after the acknowledgement
   * would.
   */
  @Override
  public boolean isAutoStartup() {
    return properties.workerEnabled();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Stops before the web server and the database pool go (the default phase is the last to stop).
   */
  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 1;
  }

  private void dispatchLoop() {
    while (running) {
      try {
        if (runOnce() == 0) {
          wakeups.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wakeups.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database is away: nothing is lost, the rows wait. Look again after the usual pause.
        log.warn("Inbound worker pass failed: {}", e.toString());
        sleepQuietly();
      }
    }
  }

  /**
   * One pass: claims the due messages and waits until the lanes have handled them; returns how many
   * were due.
   */
  int runOnce() throws InterruptedException {
    Instant now = clock.instant();
    Instant staleBefore = now.minus(properties.lease());
    List<PendingMessage> due = mapper.findDue(now, staleBefore, properties.workers() * 16);
    List<Future<?>> running = new ArrayList<>();
    for (PendingMessage message : due) {
      if (mapper.claim(message.id(), now, staleBefore) == 1) {
        running.add(laneOf(message).submit(() -> process(message)));
      }
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        log.error("Inbound lane failed", e.getCause());
      }
    }
    return due.size();
  }

  private ExecutorService laneOf(PendingMessage message) {
    String sender =
        Objects.requireNonNullElse(
            message.senderUserId(), Objects.requireNonNullElse(message.conversationId(), ""));
    return lanes.get(Math.floorMod(sender.hashCode(), lanes.size()));
  }

  void process(PendingMessage row) {
    int attempt = row.attempts() + 1;
    try (MDC.MDCCloseable ignored = MDC.putCloseable("msgId", row.msgId())) {
      String outcome;
      try {
        outcome = dispatch(parser.parse(row.payloadJson()));
      } catch (RuntimeException e) {
        failed(row, attempt, e);
        return;
      }
      mapper.markHandled(row.id(), clock.instant());
      count(outcome);
      events.publishEvent(new InboundMessageSettled(row.msgId(), true));
    } catch (DataAccessException e) {
      // Handled but not marked: the claim runs out and the message is handled again (the handler
      // tolerates it).
      log.warn(
          "Inbound message {} handled but not marked: {}",
          row.msgId(),
          e.getClass().getSimpleName());
    }
  }

  private String dispatch(InboundChatMessage message) {
    if (message.text().codePointCount(0, message.text().length()) > properties.maxTextLength()) {
      // Not interpreted at all: a long text is not an answer, and the parser need not meet one.
      replier.reply(
          message,
          InboundReply.text(
              texts.render(
                  "inbound.too-long", java.util.Map.of("max", properties.maxTextLength()))));
      return "too-long";
    }
    if (message.hasText()) {
      handler.onMessage(message);
      return "handled";
    }
    replier.reply(message, InboundReply.text(texts.render(notTextKey(message.msgType()))));
    return "not-text";
  }

  private void failed(PendingMessage row, int attempt, RuntimeException e) {
    boolean permanent =
        e instanceof MalformedInboundMessageException || attempt >= properties.maxAttempts();
    // Logged once, here; the exception's message must not carry the chat text (handler contract).
    log.warn(
        "Inbound message {} failed in handling (attempt {}{})",
        row.msgId(),
        attempt,
        permanent ? ", giving up" : "",
        e);
    if (permanent) {
      mapper.markFailed(row.id());
      count("failed");
      events.publishEvent(new InboundMessageSettled(row.msgId(), false));
    } else {
      mapper.markRetry(
          row.id(), clock.instant().plus(properties.retryBackoff().multipliedBy(attempt)));
      count("retry");
    }
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

  private void sleepQuietly() {
    try {
      Thread.sleep(properties.pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private void count(String outcome) {
    meters
        .counter("chenbao.dingtalk.inbound.handled", "outcome", outcome.toLowerCase(Locale.ROOT))
        .increment();
  }
}
