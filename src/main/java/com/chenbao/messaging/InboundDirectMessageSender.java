package com.chenbao.messaging;

/**
 * Sends a 1:1 robot message to one org user: the fallback of {@link InboundReplier} once a
 * message's session webhook has expired. Meant to be bound to the outbound ChatGateway (1:1 batch
 * send); a narrow port so the inbound side does not depend on the whole gateway.
 */
public interface InboundDirectMessageSender {

  /**
   * Sends {@code reply} to {@code userId}.
   *
   * @throws RuntimeException if DingTalk did not accept it
   */
  void sendToUser(String userId, InboundReply reply);

  /**
   * Sends {@code reply} to the sender of {@code to} through the app that received the message (a
   * deployment may serve several schools, each with its own DingTalk app). The sender must have a
   * userId.
   *
   * @throws RuntimeException if DingTalk did not accept it
   */
  default void replyTo(InboundChatMessage to, InboundReply reply) {
    sendToUser(java.util.Objects.requireNonNull(to.senderUserId(), "senderUserId"), reply);
  }
}
