package com.chenbao.alert;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one thread that posts alerts from the {@link AlertOutbox}: woken when an alert is queued, and every
 * poll interval otherwise (a group's allowance frees up with time). Alerts queued before a crash are sent
 * after the restart by the first pass.
 */
@Component
class AlertOutboxSender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertOutboxSender.class);

  private final AlertOutbox outbox;
  private final AlertProperties properties;
  private final Semaphore wakeups = new Semaphore(0);
  private volatile boolean running;
  private Thread thread;

  AlertOutboxSender(AlertOutbox outbox, AlertProperties properties) {
    this.outbox = outbox;
    this.properties = properties;
    outbox.onEnqueue(() -> {
      if (wakeups.availablePermits() == 0) {
        wakeups.release();
      }
    });
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "alert-outbox");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        outbox.sendDue();
      } catch (RuntimeException e) {
        log.warn("Alert outbox pass failed: {}", e.toString());
      }
      try {
        wakeups.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        wakeups.drainPermits();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 1;
  }
}
