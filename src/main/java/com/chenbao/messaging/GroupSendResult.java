package com.chenbao.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of {@link ChatGateway#sendToGroup}. A long message may have gone out as several parts;
 * {@code status} is SENT only if all parts were sent, otherwise the status of the first part that
 * was not (later parts are not sent).
 *
 * @param processQueryKeys one per sent part for app-robot groups; empty for webhook robots (they
 *     return none)
 * @param partsSent how many parts were accepted before stopping
 * @param partsTotal how many parts the message was split into (1 if it fit)
 * @param reason why it stopped, when status is not SENT
 */
public record GroupSendResult(
    DeliveryStatus status,
    List<String> processQueryKeys,
    int partsSent,
    int partsTotal,
    @Nullable String reason) {

  public GroupSendResult {
    processQueryKeys = List.copyOf(processQueryKeys);
  }

  public boolean sent() {
    return status == DeliveryStatus.SENT;
  }
}
