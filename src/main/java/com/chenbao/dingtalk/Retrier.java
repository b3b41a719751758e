package com.chenbao.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats an attempt that failed with a retryable {@link DingTalkApiException} (throttled, 5xx, not
 * sent), waiting a jittered exponential backoff between attempts, until it succeeds, fails for
 * good, or the next wait would pass the time budget. Outcome-unknown failures are not retryable, so
 * they leave after one attempt.
 */
final class Retrier {

  static final int MAX_ATTEMPTS = 12;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(Retrier.class);

  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Duration budget;
  private final Duration initialBackoff;

  Retrier(
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      Duration budget,
      Duration initialBackoff) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.budget = budget;
    this.initialBackoff = initialBackoff;
  }

  /** {@code attempt} must throw only {@link DingTalkApiException}; others are translated. */
  <T> T run(String what, Supplier<T> attempt) {
    Instant deadline = clock.instant().plus(budget);
    for (int attemptNo = 1; ; attemptNo++) {
      DingTalkApiException failure;
      try {
        return attempt.get();
      } catch (RuntimeException e) {
        failure = SdkErrors.translate(e);
      }
      Duration backoff = backoff(attemptNo);
      if (!failure.retryable()
          || attemptNo >= MAX_ATTEMPTS
          || clock.instant().plus(backoff).isAfter(deadline)) {
        throw failure;
      }
      log.info(
          "DingTalk {} attempt {} failed ({}), retrying in {} ms",
          what,
          attemptNo,
          failure.reason(),
          backoff.toMillis());
      try {
        sleeper.sleep(backoff);
      } catch (InterruptedException e) {
        throw interrupted();
      }
    }
  }

  /**
   * Between half and all of initial * 2^(n-1), capped at 30 s: spreads retries of parallel callers
   * apart.
   */
  Duration backoff(int attemptNo) {
    long base = initialBackoff.toMillis() << Math.min(attemptNo - 1, 16);
    long capped = Math.max(2, Math.min(base, MAX_BACKOFF.toMillis()));
    return Duration.ofMillis(capped / 2 + random.nextLong(capped / 2 + 1));
  }

  static DingTalkApiException interrupted() {
    Thread.currentThread().interrupt();
    return new DingTalkApiException(
        0, "Interrupted", "interrupted before sending", DingTalkApiException.Kind.REJECTED);
  }
}
