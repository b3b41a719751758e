package com.chenbao.messaging;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One chat message a parent or teacher sent to the robot (1:1, or a group message that @-mentions
 * it), already stored in {@code inbound_messages} when a handler sees it.
 *
 * @param msgId DingTalk's message id; the de-duplication key
 * @param msgType what kind of message it is; only {@link MsgType#TEXT}, {@link MsgType#RICH_TEXT}
 *     and recognised {@link MsgType#AUDIO} carry {@link #text()}
 * @param text the words of the message, trimmed (for audio: DingTalk's speech-to-text); empty if
 *     none
 * @param senderUserId the sender's org userId ({@code senderStaffId}); null for people outside the
 *     org
 * @param senderNick the sender's display name as DingTalk shows it; empty if absent
 * @param conversationId DingTalk's conversation id ({@code cid...}); for groups it is the
 *     openConversationId
 * @param createdAt when the sender sent it (DingTalk's clock)
 * @param sessionWebhook reply URL valid until {@code sessionWebhookExpiresAt}; null if DingTalk
 *     gave none
 * @param sessionWebhookExpiresAt expiry of the reply URL; null exactly when {@code sessionWebhook}
 *     is null
 * @param rawJson the payload as DingTalk sent it, for fields this record does not model
 */
public record InboundChatMessage(
    String msgId,
    MsgType msgType,
    String text,
    @Nullable String senderUserId,
    String senderNick,
    ConversationType conversationType,
    String conversationId,
    Instant createdAt,
    @Nullable String sessionWebhook,
    @Nullable Instant sessionWebhookExpiresAt,
    String rawJson) {

  public InboundChatMessage {
    Objects.requireNonNull(msgId, "msgId");
    Objects.requireNonNull(msgType, "msgType");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(senderNick, "senderNick");
    Objects.requireNonNull(conversationType, "conversationType");
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(rawJson, "rawJson");
    if ((sessionWebhook == null) != (sessionWebhookExpiresAt == null)) {
      throw new IllegalArgumentException("sessionWebhook and its expiry come together");
    }
  }

  /** True if the message carries words a person typed or spoke (and DingTalk transcribed). */
  public boolean hasText() {
    return !text.isEmpty();
  }

  /** True while the session webhook may still be used to reply, at {@code now}. */
  public boolean canReplyInSession(Instant now) {
    return sessionWebhook != null
        && sessionWebhookExpiresAt != null
        && now.isBefore(sessionWebhookExpiresAt);
  }

  /** DingTalk's {@code msgtype}. Anything new or unexpected is {@link #UNKNOWN}. */
  public enum MsgType {
    TEXT,
    RICH_TEXT,
    PICTURE,
    AUDIO,
    VIDEO,
    FILE,
    UNKNOWN
  }

  /** DingTalk's {@code conversationType}: "1" is a 1:1 chat, "2" a group. */
  public enum ConversationType {
    ONE_TO_ONE,
    GROUP
  }
}
