package com.chenbao.dingtalk.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Holds the DingTalk Stream connection (inbound mode {@code stream}) and guards against the ways
 * Stream loses robot messages (docs/dingtalk-api.md section 9), which DingTalk never pushes again:
 *
 * <ul>
 *   <li>a {@code disconnect} SYSTEM frame: open a new client at once and keep the old one for
 *       {@code rotationOverlap} before stopping it (make before break);
 *   <li>silence: no frame at all, keepalive pings included, for {@code silenceTimeout} means a
 *       zombie connection; rotate the same way.
 * </ul>
 *
 * Frames, reconnects and callbacks are Micrometer counters ({@code chenbao.dingtalk.stream.*}).
 * Starts nothing before {@link #start()}; idle in sandbox mode.
 */
final class StreamConnection implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

  private final boolean enabled;
  private final StreamClientFactory factory;
  private final StreamScheduler scheduler;
  private final StreamProperties properties;
  private final Clock clock;
  private final MeterRegistry meters;

  private @Nullable StreamClient current;
  private final Set<StreamClient> retiring = new HashSet<>();
  private long generation;
  private Instant lastFrameAt = Instant.EPOCH;
  private boolean running;

  StreamConnection(
      boolean enabled,
      StreamClientFactory factory,
      StreamScheduler scheduler,
      StreamProperties properties,
      Clock clock,
      MeterRegistry meters) {
    this.enabled = enabled;
    this.factory = factory;
    this.scheduler = scheduler;
    this.properties = properties;
    this.clock = clock;
    this.meters = meters;
  }

  @Override
  public synchronized void start() {
    if (!enabled) {
      log.info(
          "Inbound mode is stream but no DingTalk app key is set (sandbox mode): not connecting");
      return;
    }
    current = open();
    if (!current.seesSystemFrames()) {
      log.warn(
          "DingTalk Stream SYSTEM frames are not visible with this SDK version: silence watchdog off");
    }
    lastFrameAt = clock.instant();
    scheduler.every(properties.watchdogInterval(), this::checkSilence);
    running = true;
  }

  @Override
  public synchronized void stop() {
    running = false;
    scheduler.shutdown();
    retiring.forEach(StreamConnection::stopQuietly);
    retiring.clear();
    if (current != null) {
      stopQuietly(current);
      current = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  /** Run by the watchdog: a connection that has been silent too long is replaced. */
  synchronized void checkSilence() {
    if (!running || current == null || !current.seesSystemFrames()) {
      return;
    }
    if (Duration.between(lastFrameAt, clock.instant()).compareTo(properties.silenceTimeout())
        >= 0) {
      rotate("silence");
    }
  }

  private synchronized void onSystemFrame(long from, String topic) {
    countFrame("system", "ping".equals(topic) || "disconnect".equals(topic) ? topic : "other");
    lastFrameAt = clock.instant();
    // A late disconnect from a client already being retired needs no new connection.
    if ("disconnect".equals(topic) && from == generation && running) {
      rotate("disconnect");
    }
  }

  private synchronized void onCallbackFrame() {
    countFrame("callback", "bot-message");
    lastFrameAt = clock.instant();
  }

  private void rotate(String reason) {
    meters.counter("chenbao.dingtalk.stream.reconnects", "reason", reason).increment();
    log.info("Reconnecting the DingTalk Stream ({})", reason);
    StreamClient old = current;
    try {
      current = open();
    } catch (RuntimeException e) {
      log.warn("DingTalk Stream client could not be started; keeping the old one for now", e);
      lastFrameAt = clock.instant();
      return;
    }
    lastFrameAt = clock.instant();
    if (old != null) {
      retiring.add(old);
      scheduler.after(properties.rotationOverlap(), () -> retire(old));
    }
  }

  private synchronized void retire(StreamClient old) {
    if (retiring.remove(old)) {
      stopQuietly(old);
    }
  }

  private StreamClient open() {
    long mine = ++generation;
    StreamClient client =
        factory.create(
            new StreamFrameListener() {
              @Override
              public void onSystemFrame(String topic) {
                StreamConnection.this.onSystemFrame(mine, topic);
              }

              @Override
              public void onCallbackFrame() {
                StreamConnection.this.onCallbackFrame();
              }
            });
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the DingTalk Stream client", e);
    }
    return client;
  }

  private static void stopQuietly(StreamClient client) {
    try {
      client.stop();
    } catch (Exception e) {
      log.warn("DingTalk Stream client did not stop cleanly", e);
    }
  }

  private void countFrame(String type, String topic) {
    meters.counter("chenbao.dingtalk.stream.frames", "type", type, "topic", topic).increment();
  }
}
