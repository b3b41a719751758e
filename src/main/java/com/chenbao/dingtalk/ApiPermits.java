package com.chenbao.dingtalk;

/**
 * Permission to start one call of one app's API now. DingTalk limits calls per app and API (20 a
 * second), so permits are keyed by both; {@link SharedApiPermits} makes the limit hold across every
 * instance that shares the database, {@link LocalApiPermits} within this process only.
 */
interface ApiPermits {

  /** Blocks until this caller may start its call of {@code api} with the app {@code appKey}. */
  void acquire(String appKey, String api) throws InterruptedException;
}
