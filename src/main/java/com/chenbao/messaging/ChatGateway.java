package com.chenbao.messaging;

import java.util.List;

/**
 * Sends chat messages to people and groups. Implemented by the DingTalk adapter (and by fakes in
 * tests).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li><b>Idempotency is the caller's job.</b> The gateway sends what it is given. Before calling
 *       it, a feature records a delivery row with a unique key; a duplicate key means "already
 *       sent", so scheduler double-fires and restarts do not send twice.
 *   <li><b>The gateway never resends a message whose outcome is {@link DeliveryStatus#UNKNOWN
 *       UNKNOWN}</b> (the request left but no answer came back, e.g. a read timeout): it may have
 *       been delivered. Whether to send it again is the caller's decision.
 *   <li>Transient failures (throttling, 5xx, connection refused before sending) are retried inside
 *       the gateway within a bounded time; what is still failing afterwards is reported, never
 *       thrown.
 *   <li>Failures are results, never {@code null}: every requested recipient appears exactly once in
 *       the result. Exceptions are thrown only for caller errors (e.g. a message the channel cannot
 *       represent).
 *   <li>Calls block until the outcome is known; they may take as long as the retry budget (minutes
 *       at most).
 * </ul>
 */
public interface ChatGateway {

  /**
   * Sends one 1:1 robot message to each org user id. Duplicate ids are sent once. The adapter
   * batches the recipients (DingTalk takes 20 per call), spreads calls under the API's rate limit,
   * and retries recipients that were flow-controlled a bounded number of times.
   *
   * @return one {@link RecipientResult} per distinct user id, in input order
   * @throws IllegalArgumentException if the message cannot be sent as a robot message (e.g. more
   *     than 5 buttons)
   */
  BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message);

  /**
   * Posts a message into a group, through the app robot or a custom webhook robot. A message longer
   * than the channel's size limit is split at line boundaries into several messages, sent in order;
   * sending stops at the first part that does not succeed.
   *
   * @throws IllegalArgumentException if the message cannot be sent to this kind of group
   */
  GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message);

  /**
   * The gateway that sends for one school: through the school's own DingTalk app if its school file
   * names one, else through the process-wide app (which is what this gateway's own methods use). A
   * gateway that knows only one app returns itself.
   */
  default ChatGateway forSchool(long schoolId) {
    return this;
  }
}
