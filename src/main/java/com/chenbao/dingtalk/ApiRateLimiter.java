package com.chenbao.dingtalk;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Spaces calls of one API evenly so that no more than {@code permitsPerSecond} start in any
 * one-second window, across all threads. It never bursts: an idle limiter does not save up permits,
 * because DingTalk counts per second and a saved-up burst landing in the same second as the next
 * calls is exactly what gets throttled.
 *
 * <p>Each caller reserves the next free slot under a lock and sleeps outside it, so waiting callers
 * queue up in reservation order. A small headroom widens the spacing so network jitter between our
 * start and DingTalk's count cannot squeeze one extra call into a second. Because a thread can wake
 * late from its sleep (a busy CPU, a GC pause) and then start right next to the following slot,
 * actual start times are checked as well: a call starts only when the {@code permitsPerSecond}-th
 * previous start is at least a (headroom-widened) second ago.
 */
final class ApiRateLimiter {

  static final double HEADROOM = 1.08;

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final int permitsPerSecond;
  private final long windowNanos;
  private final Deque<Long> recentStarts = new ArrayDeque<>();
  private long nextFreeNanos;
  private boolean first = true;

  ApiRateLimiter(int permitsPerSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (permitsPerSecond < 1) {
      throw new IllegalArgumentException("permitsPerSecond must be >= 1");
    }
    this.permitsPerSecond = permitsPerSecond;
    this.intervalNanos = (long) Math.ceil(1_000_000_000d / permitsPerSecond * HEADROOM);
    this.windowNanos = (long) Math.ceil(1_000_000_000d * HEADROOM);
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  static ApiRateLimiter perSecond(int permitsPerSecond) {
    return new ApiRateLimiter(permitsPerSecond, System::nanoTime, Sleeper.REAL);
  }

  /** Blocks until this caller may start its call. */
  void acquire() throws InterruptedException {
    sleeper.sleep(Duration.ofNanos(reserve()));
    for (long wait = tryStart(); wait > 0; wait = tryStart()) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
  }

  /** Records a start now if the window allows it (returns 0), else returns how long to wait. */
  synchronized long tryStart() {
    long now = nanoTime.getAsLong();
    if (recentStarts.size() >= permitsPerSecond) {
      long wait = recentStarts.peekFirst() + windowNanos - now;
      if (wait > 0) {
        return wait;
      }
      recentStarts.pollFirst();
    }
    recentStarts.addLast(now);
    return 0;
  }

  /** Reserves the next slot and returns how long to wait for it (0 if it is now). */
  synchronized long reserve() {
    long now = nanoTime.getAsLong();
    // nanoTime values may be negative; compare by difference, never by magnitude.
    long slot = first || now - nextFreeNanos > 0 ? now : nextFreeNanos;
    first = false;
    nextFreeNanos = slot + intervalNanos;
    return slot - now;
  }
}
