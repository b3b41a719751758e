package com.chenbao.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per-recipient outcomes of {@link ChatGateway#sendToUsers}, one per distinct requested user id, in
 * input order.
 */
public record BatchSendResult(List<RecipientResult> recipients) {

  public BatchSendResult {
    recipients = List.copyOf(recipients);
  }

  /**
   * The result for one user id; {@link IllegalArgumentException} if it was not part of the request.
   */
  public RecipientResult of(String userId) {
    return recipients.stream()
        .filter(r -> r.userId().equals(userId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a recipient of this send: " + userId));
  }

  public List<String> userIdsWith(DeliveryStatus status) {
    return recipients.stream()
        .filter(r -> r.status() == status)
        .map(RecipientResult::userId)
        .toList();
  }

  public Map<String, RecipientResult> byUserId() {
    return recipients.stream()
        .collect(Collectors.toMap(RecipientResult::userId, Function.identity()));
  }
}
