package com.chenbao.dingtalk;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.CallPurpose;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.messaging.InboundReply;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers an inbound message whose session webhook has expired with a 1:1 robot message. A reply
 * that is not accepted fails loudly, so the inbound message stays unhandled instead of silently
 * unanswered.
 */
final class GatewayDirectMessageSender implements InboundDirectMessageSender {

  private final ChatGateway gateway;
  private final Function<InboundChatMessage, ChatGateway> appOf;

  GatewayDirectMessageSender(ChatGateway gateway) {
    this(gateway, message -> gateway);
  }

  /**
   * @param appOf the gateway of the app an inbound message came through
   */
  GatewayDirectMessageSender(ChatGateway gateway, Function<InboundChatMessage, ChatGateway> appOf) {
    this.gateway = gateway;
    this.appOf = appOf;
  }

  @Override
  public void replyTo(InboundChatMessage to, InboundReply reply) {
    send(appOf.apply(to), Objects.requireNonNull(to.senderUserId(), "senderUserId"), reply);
  }

  @Override
  public void sendToUser(String userId, InboundReply reply) {
    send(gateway, userId, reply);
  }

  private static void send(ChatGateway gateway, String userId, InboundReply reply) {
    OutboundMessage message =
        reply.format() == InboundReply.Format.MARKDOWN
            ? new OutboundMessage.Markdown(Objects.requireNonNull(reply.title()), reply.text())
            : new OutboundMessage.Text(reply.text());
    BatchSendResult result =
        CallPurpose.during(CallPurpose.REPLY, () -> gateway.sendToUsers(List.of(userId), message));
    RecipientResult outcome = result.of(userId);
    if (outcome.status() != DeliveryStatus.SENT) {
      throw new IllegalStateException(
          "1:1 reply not delivered: "
              + outcome.status()
              + (outcome.reason() == null ? "" : " (" + outcome.reason() + ")"));
    }
  }
}
