package com.chenbao.dingtalk;

import com.chenbao.dingtalk.ApiCallCountMapper.ApiCallCountRow;
import com.chenbao.dingtalk.ApiCallCountMapper.PurposeCountRow;
import com.chenbao.messaging.CallPurpose;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Counts quota-relevant calls per month, API and purpose ({@link CallPurpose}) in {@code
 * api_call_counts}, keeps the month's total for the {@code chenbao.dingtalk.calls.month} gauge, and
 * warns once per month when 80% of the quota is used. A database failure here is logged and
 * swallowed: a message that was sent must not be reported as failed because the counter could not
 * be written.
 */
final class MonthlyCallAccounting implements ApiCallCounter, DingTalkUsageQuery {

  /** DingTalk's quota month follows China time. */
  static final ZoneId DINGTALK_ZONE = ZoneId.of("Asia/Shanghai");

  static final double WARN_PERCENT = 80.0;

  private static final Logger log = LoggerFactory.getLogger(MonthlyCallAccounting.class);

  private final ApiCallCountMapper mapper;
  private final Clock clock;
  private final long quota;
  private final AtomicLong cachedTotal = new AtomicLong(-1);
  private final AtomicReference<String> cachedMonth = new AtomicReference<>("");

  /** Per app key, the month it was last warned about. */
  private final Map<String, AtomicReference<String>> warnedMonth = new ConcurrentHashMap<>();

  MonthlyCallAccounting(ApiCallCountMapper mapper, Clock clock, long quota) {
    this.mapper = mapper;
    this.clock = clock;
    this.quota = quota;
  }

  /** A call whose app is not known: counted under the app key '' (as calls before V21 were). */
  @Override
  public void recordCall(String api) {
    recordCall("", api);
  }

  /**
   * Counts the call for its app. Each app belongs to its own org, whose quota it uses, so the 80%
   * warning is per app; the gauge shows all apps together.
   */
  @Override
  public void recordCall(String appKey, String api) {
    String month = currentMonthKey();
    try {
      mapper.increment(month, appKey, api, CallPurpose.current());
      long appTotal = mapper.sumForMonthAndApp(month, appKey);
      cache(month, mapper.sumForMonth(month));
      warnIfCrossed(month, appKey, appTotal);
    } catch (DataAccessException e) {
      log.warn(
          "Could not record a DingTalk API call ({}, app {}) for {}: {}",
          api,
          appKey,
          month,
          e.getMessage());
    }
  }

  @Override
  public DingTalkUsage currentMonth() {
    String month = currentMonthKey();
    Map<String, Long> byApi = new LinkedHashMap<>();
    long total = 0;
    for (ApiCallCountRow row : mapper.findByMonth(month)) {
      byApi.merge(row.api(), row.calls(), Long::sum);
      total += row.calls();
    }
    Map<String, Long> byPurpose = new LinkedHashMap<>();
    for (PurposeCountRow row : mapper.findPurposesByMonth(month)) {
      byPurpose.put(row.purpose(), row.calls());
    }
    cache(month, total);
    return new DingTalkUsage(
        month, total, quota, DingTalkUsage.percentOf(total, quota), byApi, byPurpose);
  }

  /**
   * Gauge value: this month's calls, from the cache (loaded from the database on the first read of
   * a month).
   */
  double gaugeValue() {
    String month = currentMonthKey();
    if (!month.equals(cachedMonth.get()) || cachedTotal.get() < 0) {
      try {
        cache(month, mapper.sumForMonth(month));
      } catch (DataAccessException e) {
        return Double.NaN;
      }
    }
    return cachedTotal.get();
  }

  private void warnIfCrossed(String month, String appKey, long total) {
    double percent = DingTalkUsage.percentOf(total, quota);
    if (percent < WARN_PERCENT) {
      return;
    }
    String previous =
        warnedMonth.computeIfAbsent(appKey, key -> new AtomicReference<>("")).getAndSet(month);
    if (!previous.equals(month)) {
      log.warn(
          "DingTalk API calls this month ({}) of app {} reached {}% of the monthly quota: {} of {}. "
              + "Beyond the quota DingTalk refuses calls (ApiCountLimitForOrg) until next month.",
          month, appKey.isEmpty() ? "(unnamed)" : appKey, percent, total, quota);
    }
  }

  private void cache(String month, long total) {
    cachedMonth.set(month);
    cachedTotal.set(total);
  }

  String currentMonthKey() {
    return YearMonth.now(clock.withZone(DINGTALK_ZONE)).toString();
  }
}
