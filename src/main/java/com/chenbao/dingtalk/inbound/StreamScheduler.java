package com.chenbao.dingtalk.inbound;

import java.time.Duration;

/** The timer the Stream supervision needs; tests drive a manual one with a fake clock. */
interface StreamScheduler {

  /**
   * Runs {@code task} every {@code period}, first after one period; a failing run does not cancel
   * the rest.
   */
  void every(Duration period, Runnable task);

  void after(Duration delay, Runnable task);

  /** Cancels everything still pending. */
  void shutdown();
}
