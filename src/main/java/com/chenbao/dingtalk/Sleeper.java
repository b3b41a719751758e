package com.chenbao.dingtalk;

import java.time.Duration;

/** Waiting, made replaceable so tests of backoff and rate limits run without real sleeps. */
@FunctionalInterface
interface Sleeper {

  Sleeper REAL =
      duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  void sleep(Duration duration) throws InterruptedException;
}
