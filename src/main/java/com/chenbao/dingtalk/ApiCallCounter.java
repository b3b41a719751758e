package com.chenbao.dingtalk;

/** Counts OpenAPI calls that DingTalk charges against the org's monthly quota. */
@FunctionalInterface
interface ApiCallCounter {

  ApiCallCounter NONE = api -> {};

  /** Records one call of {@code api} (a short path such as "robot/oToMessages/batchSend"). Never throws. */
  void recordCall(String api);
}
