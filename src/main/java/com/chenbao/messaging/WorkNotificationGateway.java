package com.chenbao.messaging;

import java.util.List;

/**
 * Sends DingTalk work notifications (gongzuo tongzhi) from the app to org users: the fallback for a
 * guardian the robot's 1:1 chat cannot reach. Implemented by the DingTalk adapter. Same contract as
 * {@link ChatGateway#sendToUsers}: the caller keeps the ledger, failures are results, every
 * requested user appears once in the result.
 *
 * <p>Work notifications are asynchronous: a SENT result means DingTalk accepted the task, not that
 * it reached the phone. DingTalk drops the same content to the same user a second time on one day.
 */
public interface WorkNotificationGateway {

  /**
   * Sends one work notification to each user id; duplicates are sent once. The adapter puts up to
   * 100 users in one call (identical content), under the API's rate limit.
   *
   * @return one result per distinct user id, in input order
   * @throws IllegalArgumentException if the message cannot be sent as a work notification
   */
  BatchSendResult notifyUsers(List<String> userIds, OutboundMessage message);

  /** False when the deployment has no app AgentId configured: nothing can be sent this way. */
  default boolean enabled() {
    return true;
  }
}
