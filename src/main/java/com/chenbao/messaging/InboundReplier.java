package com.chenbao.messaging;

/**
 * Answers the person who sent an inbound message, in the same conversation. Uses the message's
 * session webhook while it is valid (no API quota, works in groups); once it has expired, falls
 * back to a 1:1 robot message to the sender through {@link InboundDirectMessageSender}.
 */
public interface InboundReplier {

  /**
   * Sends {@code reply} to the sender of {@code to}. Not idempotent: calling twice sends twice.
   *
   * @throws InboundReplyFailedException if DingTalk refused or could not be reached
   * @throws IllegalStateException if the webhook has expired and the sender has no org userId
   */
  void reply(InboundChatMessage to, InboundReply reply);
}
