package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.dingtalk.AccessTokenCache.FetchedToken;
import com.chenbao.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessTokenCacheTests {

  final AppCredentials app = new AppCredentials("key-a", "secret", "robot");
  final TestClock clock = new TestClock(Instant.parse("2026-03-02T00:00:00Z"));
  final AtomicInteger fetches = new AtomicInteger();
  final AccessTokenCache cache =
      new AccessTokenCache(
          creds -> new FetchedToken("token-" + fetches.incrementAndGet(), Duration.ofSeconds(7200)),
          clock,
          Duration.ofMinutes(5));

  @Test
  void reusesTheTokenUntilFiveMinutesBeforeItExpires() {
    assertThat(cache.token(app)).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(7200 - 301));
    assertThat(cache.token(app)).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(2)); // now 4m59s before expiry
    assertThat(cache.token(app)).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void invalidateDropsOnlyTheRefusedToken() {
    String first = cache.token(app);
    cache.invalidate("key-a", first);
    String second = cache.token(app);
    cache.invalidate("key-a", first); // a late refusal of the old token must not drop the new one
    assertThat(cache.token(app)).isEqualTo(second).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void tokensAreKeptPerAppKey() {
    cache.token(app);
    assertThat(cache.token(new AppCredentials("key-b", "other", "robot"))).isEqualTo("token-2");
    assertThat(cache.token(app)).isEqualTo("token-1");
  }

  @Test
  void tenConcurrentCallersCauseOneFetch() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    AtomicInteger slowFetches = new AtomicInteger();
    AccessTokenCache slow =
        new AccessTokenCache(
            creds -> {
              slowFetches.incrementAndGet();
              fetching.countDown();
              sleep(200);
              return new FetchedToken("shared", Duration.ofSeconds(7200));
            },
            clock,
            Duration.ofMinutes(5));
    ExecutorService threads = Executors.newFixedThreadPool(10);
    List<Future<String>> tokens = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 10; i++) {
      tokens.add(threads.submit(() -> slow.token(app)));
    }
    for (Future<String> token : tokens) {
      assertThat(token.get()).isEqualTo("shared");
    }
    threads.shutdown();
    assertThat(slowFetches).hasValue(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
