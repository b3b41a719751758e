package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimiterTests {

  /**
   * Fifty callers on eight threads reserve at the same (fake) instant: each gets its own slot,
   * evenly spaced, so no one-second window holds more than 20 starts and the last one is not later
   * than needed. No wall clock: the limiter reads a time the test holds still.
   */
  @Test
  void concurrentCallersGetDistinctEvenlySpacedSlots() throws Exception {
    ApiRateLimiter limiter = new ApiRateLimiter(20, () -> 0L, d -> {});
    List<Long> slots = new CopyOnWriteArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(threads.submit(() -> slots.add(limiter.reserve())));
    }
    for (Future<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    threads.shutdown();

    List<Long> sorted = new ArrayList<>(slots);
    Collections.sort(sorted);
    List<Long> expected = new ArrayList<>();
    for (long i = 0; i < 50; i++) {
      expected.add(i * 54_000_000L); // 1 s / 20 * 1.08 headroom
    }
    assertThat(sorted).isEqualTo(expected);
    assertThat(busiestSecond(sorted)).isLessThanOrEqualTo(20);
  }

  /**
   * acquire() on a fake time that moves only when the limiter sleeps: the starts it lets through.
   */
  @Test
  void acquiredStartsNeverExceedTheRateInAnyOneSecondWindow() throws Exception {
    AtomicLong now = new AtomicLong(-3_000_000_000L); // nanoTime may be negative
    ApiRateLimiter limiter = new ApiRateLimiter(20, now::get, d -> now.addAndGet(d.toNanos()));
    List<Long> starts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      limiter.acquire();
      starts.add(now.get());
    }

    assertThat(busiestSecond(starts)).isLessThanOrEqualTo(20);
    assertThat(starts.get(49) - starts.get(0)).isEqualTo(49 * 54_000_000L);
  }

  private static int busiestSecond(List<Long> sortedStarts) {
    int busiest = 0;
    for (int i = 0; i < sortedStarts.size(); i++) {
      int inWindow = 0;
      for (int j = i;
          j < sortedStarts.size() && sortedStarts.get(j) - sortedStarts.get(i) < 1_000_000_000L;
          j++) {
        inWindow++;
      }
      busiest = Math.max(busiest, inWindow);
    }
    return busiest;
  }

  @Test
  void spacesReservationsEvenlyAndDoesNotSaveUpABurstWhileIdle() {
    AtomicLong now = new AtomicLong(-5_000_000_000L); // nanoTime may be negative
    ApiRateLimiter limiter = new ApiRateLimiter(20, now::get, d -> {});

    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(54_000_000L);
    assertThat(limiter.reserve()).isEqualTo(108_000_000L);
    now.addAndGet(10_000_000_000L); // idle for 10 s
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(54_000_000L);
  }
}
