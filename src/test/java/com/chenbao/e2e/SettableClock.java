package com.chenbao.e2e;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves through the school day; every component that asks for "now" asks it. */
final class SettableClock extends Clock {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private volatile Instant now;

  SettableClock(Instant start) {
    this.now = start;
  }

  void set(LocalDateTime shanghaiTime) {
    now = shanghaiTime.atZone(SHANGHAI).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
