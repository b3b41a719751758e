package com.chenbao.dingtalk;

import java.util.Map;

/**
 * This month's DingTalk OpenAPI calls that count against the org's monthly quota (robot send APIs;
 * not token fetches, not custom webhook robots). The month is DingTalk's, i.e. Asia/Shanghai.
 *
 * @param month yyyy-MM
 * @param monthCalls calls made by this service this month (all instances, from the database)
 * @param quota the configured {@code chenbao.dingtalk.monthly-call-quota}
 * @param percent monthCalls / quota * 100, rounded to one decimal
 * @param callsByApi the same calls per API path
 * @param callsByPurpose the same calls per purpose: the delivery kind that made them ({@code
 *     prompt}, {@code remind}, {@code class_remind}, {@code teacher_list}, {@code tally}, {@code
 *     alert}), {@code reply} (an answer whose session webhook had expired), or {@code other}
 */
public record DingTalkUsage(
    String month,
    long monthCalls,
    long quota,
    double percent,
    Map<String, Long> callsByApi,
    Map<String, Long> callsByPurpose) {

  public DingTalkUsage {
    callsByApi = Map.copyOf(callsByApi);
    callsByPurpose = Map.copyOf(callsByPurpose);
  }

  static double percentOf(long calls, long quota) {
    return Math.round(calls * 1000.0 / quota) / 10.0;
  }
}
