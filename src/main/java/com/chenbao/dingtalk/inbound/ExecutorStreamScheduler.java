package com.chenbao.dingtalk.inbound;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One daemon thread; created lazily so that building the bean starts nothing. */
final class ExecutorStreamScheduler implements StreamScheduler {

  private static final Logger log = LoggerFactory.getLogger(ExecutorStreamScheduler.class);

  private @Nullable ScheduledExecutorService executor;

  @Override
  public synchronized void every(Duration period, Runnable task) {
    executor()
        .scheduleWithFixedDelay(
            guarded(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void after(Duration delay, Runnable task) {
    executor().schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void shutdown() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  private ScheduledExecutorService executor() {
    if (executor == null) {
      executor =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "dingtalk-stream-watchdog");
                thread.setDaemon(true);
                return thread;
              });
    }
    return executor;
  }

  /** A scheduled task that throws would silently stop repeating; log and carry on instead. */
  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.warn("DingTalk Stream supervision task failed", e);
      }
    };
  }
}
