package com.chenbao.dingtalk;

/** Counts OpenAPI calls that DingTalk charges against the org's monthly quota. */
@FunctionalInterface
interface ApiCallCounter {

  ApiCallCounter NONE = api -> {};

  /**
   * Records one call of {@code api} (a short path such as "robot/oToMessages/batchSend"). Never
   * throws.
   */
  void recordCall(String api);

  /** Records one call of {@code api} made with the app {@code appKey}. Never throws. */
  default void recordCall(String appKey, String api) {
    recordCall(api);
  }
}
