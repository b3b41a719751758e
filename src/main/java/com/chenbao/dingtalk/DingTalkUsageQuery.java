package com.chenbao.dingtalk;

/** Read-only view of the monthly call accounting, for the admin API and health pages. */
public interface DingTalkUsageQuery {

  /** Usage for the current month in Asia/Shanghai. Reads the database. */
  DingTalkUsage currentMonth();
}
