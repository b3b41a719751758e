package com.chenbao.dingtalk;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pace per app and API for every instance sharing the database (docs/rate-limits.md). A call
 * claims the next start slot of its app and API in {@code dingtalk_api_pace} with one short
 * transaction (move the row's next free time one interval past the later of now and itself, then
 * read how far away the claimed slot is), sleeps until the slot and starts. Slots are {@code 1 s /
 * qps} apart, widened by {@link #HEADROOM}, and never saved up, so however many instances claim, no
 * more than {@code qps} calls of one app and API start in any second. Times are the database's
 * ({@code UTC_TIMESTAMP(6)}), so the instances' clocks need not agree.
 *
 * <p>A caller that wakes more than {@link #LATE} after its slot (a busy CPU, a GC pause) does not
 * start late, where it could land next to another instance's following slot: it claims a new slot.
 * If the database cannot be reached the call is paced by this process's own limiter instead (and
 * the failure logged once a minute).
 */
final class SharedApiPermits implements ApiPermits {

  /**
   * How late after its slot a call may still start (see the class comment and docs/rate-limits.md).
   */
  static final Duration LATE = Duration.ofMillis(25);

  /**
   * Wider than the in-process limiter's {@link ApiRateLimiter#HEADROOM}: calls of several instances
   * meet only at DingTalk, after each took its own way through a busy CPU, the SDK and the network.
   * With slots 1.25 / qps apart, 21 calls land in one second only if one arrives 250 ms later than
   * the call 20 slots after it.
   */
  static final double HEADROOM = 1.25;

  private static final Logger log = LoggerFactory.getLogger(SharedApiPermits.class);

  private final ApiPaceMapper mapper;
  private final TransactionTemplate transactions;
  private final long intervalMicros;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final ApiPermits fallback;
  private final Set<String> knownRows = ConcurrentHashMap.newKeySet();
  private final AtomicLong lastFailureLogNanos = new AtomicLong(Long.MIN_VALUE);

  SharedApiPermits(
      ApiPaceMapper mapper,
      TransactionTemplate transactions,
      int permitsPerSecond,
      LongSupplier nanoTime,
      Sleeper sleeper,
      ApiPermits fallback) {
    if (permitsPerSecond < 1) {
      throw new IllegalArgumentException("permitsPerSecond must be >= 1");
    }
    this.mapper = mapper;
    this.transactions = transactions;
    this.intervalMicros = (long) Math.ceil(1_000_000d / permitsPerSecond * HEADROOM);
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.fallback = fallback;
  }

  @Override
  public void acquire(String appKey, String api) throws InterruptedException {
    while (true) {
      long waitMicros;
      try {
        waitMicros = claim(appKey, api);
      } catch (DataAccessException e) {
        logFailure(e);
        fallback.acquire(appKey, api);
        return;
      }
      long slotNanos = nanoTime.getAsLong() + waitMicros * 1_000;
      sleeper.sleep(Duration.ofNanos(waitMicros * 1_000));
      if (nanoTime.getAsLong() - slotNanos <= LATE.toNanos()) {
        return;
      }
      // Woke too late for the slot: starting now could crowd the next one. The missed slot stays
      // unused.
    }
  }

  /** Claims the next slot; returns how long until it starts (0: now). */
  long claim(String appKey, String api) {
    String row = appKey + " " + api;
    if (!knownRows.contains(row)) {
      mapper.insertIfAbsent(appKey, api);
      knownRows.add(row);
    }
    Long untilSlotEnd =
        transactions.execute(
            status ->
                mapper.advance(appKey, api, intervalMicros) == 0
                    ? null
                    : mapper.microsUntilNextFree(appKey, api));
    if (untilSlotEnd == null) { // the row was deleted meanwhile
      knownRows.remove(row);
      return claim(appKey, api);
    }
    return Math.max(0, untilSlotEnd - intervalMicros);
  }

  private void logFailure(DataAccessException e) {
    long now = nanoTime.getAsLong();
    long last = lastFailureLogNanos.get();
    if ((last == Long.MIN_VALUE || now - last > 60_000_000_000L)
        && lastFailureLogNanos.compareAndSet(last, now)) {
      log.warn(
          "Cannot claim a DingTalk call slot in the database ({}); pacing this instance's calls on its own",
          e.getMessage());
    }
  }
}
