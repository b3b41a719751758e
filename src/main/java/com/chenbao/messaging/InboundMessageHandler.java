package com.chenbao.messaging;

/**
 * Turns an inbound chat message into an answer or a command. The conversation module implements it;
 * until it exists a default handler answers every message with a help text.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Called only after the message is stored, with messages that carry text ({@link
 *       InboundChatMessage#hasText()}): text, rich text and transcribed voice. Pictures, files,
 *       videos and untranscribed voice are answered by the adapter with a polite "text only" reply
 *       and never reach the handler.
 *   <li>Called at most once per {@code msgId} once it has returned normally. If it throws, the
 *       adapter's worker hands the same message over again after a pause, a bounded number of
 *       times; a message whose handling was cut short by a crash is handed over again after the
 *       restart. So implementations must tolerate a second call for a message whose first call
 *       failed halfway.
 *   <li>Runs on the adapter's inbound worker, after DingTalk has been answered (the callback only
 *       stores the message), one sender's messages in order. Texts longer than the configured cap
 *       never reach it. Reply through {@link InboundReplier}.
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
