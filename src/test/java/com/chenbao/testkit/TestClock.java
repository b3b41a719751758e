package com.chenbao.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock of the tests: set or moved by hand, never by the wall clock once set. Register it
 * as the application's {@code Clock} bean (every component that asks for "now" asks it) or hand it
 * to the class under test. Thread-safe: steps, the scheduler and the inbound worker read it from
 * their own threads.
 */
public final class TestClock extends Clock {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private volatile Instant now;

  /** Starts at the current time; tests set it before they depend on it. */
  public TestClock() {
    this(Instant.now());
  }

  public TestClock(Instant start) {
    this.now = start;
  }

  public void set(Instant instant) {
    now = instant;
  }

  /** Sets the clock to a local date and time in Asia/Shanghai (the schools' default zone). */
  public void setShanghai(LocalDateTime local) {
    now = local.atZone(SHANGHAI).toInstant();
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  public void advanceMinutes(long minutes) {
    advance(Duration.ofMinutes(minutes));
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in another zone that still follows this clock. */
  @Override
  public Clock withZone(ZoneId zone) {
    TestClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }
}
