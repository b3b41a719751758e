package com.chenbao.messaging;

import org.jspecify.annotations.Nullable;

/**
 * Outcome for one recipient of {@link ChatGateway#sendToUsers}.
 *
 * @param processQueryKey the platform's id of the send that carried this recipient (SENT only);
 *     used to query read status or recall
 * @param reason why it was not SENT: an error code and message from the platform, or a short
 *     English description
 */
public record RecipientResult(
    String userId,
    DeliveryStatus status,
    @Nullable String processQueryKey,
    @Nullable String reason) {

  public static RecipientResult sent(String userId, String processQueryKey) {
    return new RecipientResult(userId, DeliveryStatus.SENT, processQueryKey, null);
  }

  public static RecipientResult notSent(String userId, DeliveryStatus status, String reason) {
    if (status == DeliveryStatus.SENT) {
      throw new IllegalArgumentException("a SENT result needs a processQueryKey");
    }
    return new RecipientResult(userId, status, null, reason);
  }
}
