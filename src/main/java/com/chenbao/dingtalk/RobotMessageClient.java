package com.chenbao.dingtalk;

import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import java.util.List;

/**
 * The app robot's send APIs: 1:1 batch send and group send, with tokens, limits and retries
 * applied.
 */
final class RobotMessageClient {

  static final String BATCH_SEND_API = "robot/oToMessages/batchSend";
  static final String GROUP_SEND_API = "robot/groupMessages/send";
  static final int MAX_USERS_PER_CALL = 20;

  /** groupMessages/send refuses a msgParam above this many bytes (doc section 3a). */
  static final int GROUP_MSG_PARAM_LIMIT_BYTES = 15_000;

  private final DingTalkOpenApi api;
  private final OpenApiCaller caller;

  RobotMessageClient(DingTalkOpenApi api, OpenApiCaller caller) {
    this.api = api;
    this.caller = caller;
  }

  BatchSendOTOResponseBody batchSend(List<String> userIds, RobotTemplate template) {
    if (userIds.isEmpty() || userIds.size() > MAX_USERS_PER_CALL) {
      throw new IllegalArgumentException(
          "batchSend takes 1.." + MAX_USERS_PER_CALL + " userIds, got " + userIds.size());
    }
    String robotCode = caller.credentials().robotCode();
    return caller.withToken(
        BATCH_SEND_API, token -> api.batchSend(token, robotCode, userIds, template));
  }

  /** Returns the message's processQueryKey. */
  String groupSend(String openConversationId, RobotTemplate template) {
    String robotCode = caller.credentials().robotCode();
    return caller.withToken(
        GROUP_SEND_API, token -> api.groupSend(token, robotCode, openConversationId, template));
  }
}
