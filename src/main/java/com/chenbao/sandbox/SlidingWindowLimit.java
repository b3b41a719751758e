package com.chenbao.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * DingTalk's limits as the sandbox enforces them: at most {@code limit} calls per key in any window
 * of {@code window} (20 per second per app and API; 20 per minute per webhook robot). A refused
 * call does not count.
 */
final class SlidingWindowLimit {

  private final int limit;
  private final long windowNanos;
  private final Map<String, Deque<Long>> calls = new HashMap<>();

  SlidingWindowLimit(int limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  /** Counts a call now; false if it would exceed the limit. */
  synchronized boolean tryAcquire(String key) {
    long now = System.nanoTime();
    Deque<Long> recent = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!recent.isEmpty() && now - recent.peekFirst() >= windowNanos) {
      recent.pollFirst();
    }
    if (recent.size() >= limit) {
      return false;
    }
    recent.addLast(now);
    return true;
  }
}
