package com.chenbao.dingtalk;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * At most N messages per rolling minute per custom webhook robot (DingTalk: 20, and a robot that
 * sends more is throttled for about 10 minutes). A message beyond the limit waits, it is never
 * dropped: senders to one robot queue on a fair lock, so they go out in arrival order, and the one
 * at the head sleeps until the oldest of the last N sends is a minute (plus a second of margin for
 * clock and network skew) old.
 */
final class WebhookRobotLimiter {

  static final Duration WINDOW = Duration.ofSeconds(61);

  private final int perWindow;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Map<String, RobotWindow> robots = new ConcurrentHashMap<>();

  private static final class RobotWindow {
    final ReentrantLock lock = new ReentrantLock(true);
    final Deque<Long> recentSends = new ArrayDeque<>();
  }

  WebhookRobotLimiter(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this.perWindow = perMinute;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** Blocks until one more message may be sent by this robot, and records it as sent now. */
  void acquire(String robotKey) throws InterruptedException {
    RobotWindow robot = robots.computeIfAbsent(robotKey, key -> new RobotWindow());
    robot.lock.lockInterruptibly();
    try {
      long now = nanoTime.getAsLong();
      forgetOlderThanWindow(robot, now);
      if (robot.recentSends.size() >= perWindow) {
        long wait = robot.recentSends.peekFirst() + WINDOW.toNanos() - now;
        sleeper.sleep(Duration.ofNanos(Math.max(0, wait)));
        now = nanoTime.getAsLong();
        forgetOlderThanWindow(robot, now);
        while (robot.recentSends.size() >= perWindow) {
          robot.recentSends.pollFirst(); // a sleeper that woke a hair early must not block forever
        }
      }
      robot.recentSends.addLast(now);
    } finally {
      robot.lock.unlock();
    }
  }

  private static void forgetOlderThanWindow(RobotWindow robot, long now) {
    while (!robot.recentSends.isEmpty()
        && now - robot.recentSends.peekFirst() >= WINDOW.toNanos()) {
      robot.recentSends.pollFirst();
    }
  }
}
