package com.chenbao.delivery;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The ledger's one background thread, on every instance, whether or not Quartz runs ({@code
 * chenbao.scheduler.enabled}): sends the {@link DeliveryQueue} when something was queued and every
 * {@link DeliveryProperties#queuePollInterval()} (a group's allowance frees up with time), and runs
 * the {@link RetryPass} every {@link DeliveryProperties#retryInterval()}, the first time one
 * interval after the start. Several instances each run both: every send is claimed with a
 * conditional update, so they share the work and never send a row twice. Messages queued before a
 * crash are sent by the first pass after the restart.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

  private final DeliveryQueue queue;
  private final RetryPass retries;
  private final QueueBell bell;
  private final DeliveryProperties properties;
  private volatile boolean running;
  private Thread thread;

  DeliveryWorker(
      DeliveryQueue queue, RetryPass retries, QueueBell bell, DeliveryProperties properties) {
    this.queue = queue;
    this.retries = retries;
    this.bell = bell;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "delivery-worker");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    // Elapsed time of this thread, not the business clock: only how often the pass runs depends on
    // it.
    long nextRetry = System.nanoTime() + properties.retryInterval().toNanos();
    while (running) {
      try {
        queue.sendDue();
      } catch (RuntimeException e) {
        log.warn("Delivery queue pass failed: {}", e.toString());
      }
      if (System.nanoTime() - nextRetry >= 0) {
        try {
          retries.retryDue();
        } catch (RuntimeException e) {
          log.warn("Delivery retry pass failed: {}", e.toString());
        }
        nextRetry = System.nanoTime() + properties.retryInterval().toNanos();
      }
      try {
        Duration untilRetry = Duration.ofNanos(Math.max(0, nextRetry - System.nanoTime()));
        bell.await(
            untilRetry.compareTo(properties.queuePollInterval()) < 0
                ? untilRetry
                : properties.queuePollInterval());
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
