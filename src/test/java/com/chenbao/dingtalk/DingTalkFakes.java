package com.chenbao.dingtalk;

import com.chenbao.testkit.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Test doubles and fixtures for the outbound adapter: recorded DingTalk bodies, a movable clock, a
 * fake sleeper.
 */
final class DingTalkFakes {

  static final String APP_KEY = "dingtestappkey001";
  static final String APP_SECRET = "test-app-secret-0123456789";
  static final String ROBOT_CODE = "dingtestrobot001";

  private DingTalkFakes() {}

  static String fixture(String path) {
    try (InputStream in = DingTalkFakes.class.getResourceAsStream("/dingtalk/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int status, String fixturePath) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json;charset=utf-8")
        .setBody(fixture(fixturePath));
  }

  static DingTalkProperties properties(URI apiBase, Duration readTimeout) {
    return new DingTalkProperties(
        apiBase,
        URI.create("http://127.0.0.1:1"),
        APP_KEY,
        APP_SECRET,
        ROBOT_CODE,
        DingTalkProperties.Inbound.HTTP,
        20,
        10_000,
        Duration.ofSeconds(2),
        readTimeout);
  }

  static DingTalkProperties properties(MockWebServer server) {
    return properties(URI.create(server.url("/").toString()), Duration.ofSeconds(5));
  }

  static DingTalkOutboundProperties settings() {
    return new DingTalkOutboundProperties(
        Duration.ofMinutes(2),
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        Duration.ofSeconds(20),
        2,
        4,
        20);
  }

  /** Records requested sleeps and returns at once, advancing the fake clock and ticker instead. */
  static final class FakeSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final TestClock clock;
    final AtomicLong nanos;

    FakeSleeper(TestClock clock, AtomicLong nanos) {
      this.clock = clock;
      this.nanos = nanos;
    }

    @Override
    public void sleep(Duration duration) {
      if (duration.isZero() || duration.isNegative()) {
        return;
      }
      sleeps.add(duration);
      clock.advance(duration);
      nanos.addAndGet(duration.toNanos());
    }
  }

  /**
   * An adapter wired to a MockWebServer with a fake clock/sleeper and an in-memory call counter.
   */
  static final class TestAdapter {
    final TestClock clock = new TestClock(Instant.parse("2026-03-02T00:05:00Z"));
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final FakeSleeper sleeper = new FakeSleeper(clock, nanos);
    final List<String> countedCalls = new CopyOnWriteArrayList<>();
    final DingTalkChatGateway gateway;

    TestAdapter(DingTalkProperties properties, DingTalkOutboundProperties settings) {
      this.gateway =
          OutboundAdapterFactory.create(
              properties, settings, countedCalls::add, clock, sleeper, nanos::get);
    }

    TestAdapter(MockWebServer server) {
      this(properties(server), settings());
    }
  }
}
