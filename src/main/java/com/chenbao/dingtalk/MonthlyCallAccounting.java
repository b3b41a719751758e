package com.chenbao.dingtalk;

import com.chenbao.dingtalk.ApiCallCountMapper.ApiCallCountRow;
import com.chenbao.dingtalk.ApiCallCountMapper.PurposeCountRow;
import com.chenbao.messaging.CallPurpose;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Counts quota-relevant calls per month, API and purpose ({@link CallPurpose}) in {@code api_call_counts}, keeps the month's total for the
 * {@code chenbao.dingtalk.calls.month} gauge, and warns once per month when 80% of the quota is used. A database
 * failure here is logged and swallowed: a message that was sent must not be reported as failed because the counter
 * could not be written.
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
  private final AtomicReference<String> warnedMonth = new AtomicReference<>("");

  MonthlyCallAccounting(ApiCallCountMapper mapper, Clock clock, long quota) {
    this.mapper = mapper;
    this.clock = clock;
    this.quota = quota;
  }

  @Override
  public void recordCall(String api) {
    String month = currentMonthKey();
    try {
      mapper.increment(month, api, CallPurpose.current());
      long total = mapper.sumForMonth(month);
      cache(month, total);
      warnIfCrossed(month, total);
    } catch (DataAccessException e) {
      log.warn("Could not record a DingTalk API call ({}) for {}: {}", api, month, e.getMessage());
    }
  }

  @Override
  public DingTalkUsage currentMonth() {
    String month = currentMonthKey();
    Map<String, Long> byApi = new LinkedHashMap<>();
    long total = 0;
    for (ApiCallCountRow row : mapper.findByMonth(month)) {
      byApi.put(row.api(), row.calls());
      total += row.calls();
    }
    Map<String, Long> byPurpose = new LinkedHashMap<>();
    for (PurposeCountRow row : mapper.findPurposesByMonth(month)) {
      byPurpose.put(row.purpose(), row.calls());
    }
    cache(month, total);
    return new DingTalkUsage(month, total, quota, DingTalkUsage.percentOf(total, quota), byApi, byPurpose);
  }

  /** Gauge value: this month's calls, from the cache (loaded from the database on the first read of a month). */
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

  private void warnIfCrossed(String month, long total) {
    double percent = DingTalkUsage.percentOf(total, quota);
    String previous = warnedMonth.get();
    if (percent >= WARN_PERCENT && !month.equals(previous) && warnedMonth.compareAndSet(previous, month)) {
      log.warn("DingTalk API calls this month ({}) reached {}% of the monthly quota: {} of {}. "
          + "Beyond the quota DingTalk refuses calls (ApiCountLimitForOrg) until next month.",
          month, percent, total, quota);
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
