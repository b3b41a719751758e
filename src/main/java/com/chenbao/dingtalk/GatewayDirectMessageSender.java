package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.CallPurpose;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.messaging.InboundReply;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import java.util.List;
import java.util.Objects;

/**
 * Answers an inbound message whose session webhook has expired with a 1:1 robot message. A reply that
 * is not accepted fails loudly, so the inbound message stays unhandled instead of silently unanswered.
 */
final class GatewayDirectMessageSender implements InboundDirectMessageSender {

  private final ChatGateway gateway;

  GatewayDirectMessageSender(ChatGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public void sendToUser(String userId, InboundReply reply) {
    OutboundMessage message = reply.format() == InboundReply.Format.MARKDOWN
        ? new OutboundMessage.Markdown(Objects.requireNonNull(reply.title()), reply.text())
        : new OutboundMessage.Text(reply.text());
    BatchSendResult result = CallPurpose.during(CallPurpose.REPLY, () -> gateway.sendToUsers(List.of(userId), message));
    RecipientResult outcome = result.of(userId);
    if (outcome.status() != DeliveryStatus.SENT) {
      throw new IllegalStateException("1:1 reply not delivered: " + outcome.status()
          + (outcome.reason() == null ? "" : " (" + outcome.reason() + ")"));
    }
  }
}
