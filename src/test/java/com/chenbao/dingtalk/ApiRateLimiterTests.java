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

  @Test
  void noMoreThanQpsCallsStartInAnyOneSecondWindowAcrossThreads() throws Exception {
    ApiRateLimiter limiter = ApiRateLimiter.perSecond(20);
    List<Long> starts = new CopyOnWriteArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(threads.submit(() -> {
        limiter.acquire();
        starts.add(System.nanoTime());
        return null;
      }));
    }
    for (Future<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    threads.shutdown();

    List<Long> sorted = new ArrayList<>(starts);
    Collections.sort(sorted);
    int busiest = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int inWindow = 0;
      for (int j = i; j < sorted.size() && sorted.get(j) - sorted.get(i) < 1_000_000_000L; j++) {
        inWindow++;
      }
      busiest = Math.max(busiest, inWindow);
    }
    assertThat(busiest).isLessThanOrEqualTo(20);
    // ...and it is not needlessly slow: 50 calls at ~18.5/s take about 2.65 s, not much more.
    assertThat(sorted.get(49) - sorted.get(0)).isLessThan(TimeUnit.MILLISECONDS.toNanos(3_100));
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
