package com.chenbao.messaging;

/**
 * Turns an inbound chat message into an answer or a command. The conversation module implements it;
 * until it exists a default handler answers every message with a help text.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Called only after the message is stored, with messages that carry text ({@link
 *       InboundChatMessage#hasText()}): text, rich text and transcribed voice. Pictures, files, videos
 *       and untranscribed voice are answered by the adapter with a polite "text only" reply and never
 *       reach the handler.
 *   <li>Called at most once per {@code msgId} once it has returned normally. If it throws, the message
 *       is marked failed and the same {@code msgId} is handed over again when DingTalk redelivers it
 *       (HTTP mode answers 5xx so DingTalk may retry; Stream mode answers an error frame). So
 *       implementations must tolerate a second call for a message whose first call failed halfway.
 *   <li>Runs on the request thread of the callback: keep it short (DingTalk expects an answer within
 *       a few seconds) and reply through {@link InboundReplier}.
 * </ul>
 */
public interface InboundMessageHandler {

  /**
   * Handles one message.
   *
   * @throws RuntimeException any failure; the message stays failed and is retried on redelivery
   */
  void onMessage(InboundChatMessage message);
}
