package com.chenbao.dingtalk.inbound;

import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundChatMessage.ConversationType;
import com.chenbao.messaging.InboundChatMessage.MsgType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads DingTalk's robot message payload (the same JSON arrives as the HTTP callback body and as
 * the Stream frame's data; field table in docs/dingtalk-api.md section 4), and refuses what could
 * never be stored or answered: fields longer than their {@code inbound_messages} column, a reply
 * URL that is not an http(s) URL with a host. Such input is a permanent error (400), not "deliver
 * again".
 */
@Component
class InboundMessageParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Clock clock;

  InboundMessageParser(Clock clock) {
    this.clock = clock;
  }

  /** Column widths of inbound_messages (V1): a longer value could not be stored. */
  static final int MAX_MSG_ID = 191;

  static final int MAX_SENDER_ID = 64;
  static final int MAX_CONVERSATION_ID = 128;
  static final int MAX_WEBHOOK = 2048;

  /**
   * @throws MalformedInboundMessageException if the payload is not JSON, has no msgId, or a field
   *     cannot be stored or used (too long, a reply URL that is not a URL)
   */
  InboundChatMessage parse(String payload) {
    JsonNode root = readTree(payload);
    String msgId = checked("msgId", root.path("msgId").asText(""), MAX_MSG_ID);
    if (msgId.isBlank()) {
      throw new MalformedInboundMessageException("The payload has no msgId");
    }
    checked("senderStaffId", root.path("senderStaffId").asText(""), MAX_SENDER_ID);
    checked("conversationId", root.path("conversationId").asText(""), MAX_CONVERSATION_ID);
    MsgType type = msgType(root.path("msgtype").asText(""));
    String webhook = webhook(blankToNull(root.path("sessionWebhook").asText("")));
    long webhookExpiry = root.path("sessionWebhookExpiredTime").asLong(0);
    boolean canReply = webhook != null && webhookExpiry > 0;
    return new InboundChatMessage(
        msgId,
        type,
        text(type, root),
        blankToNull(root.path("senderStaffId").asText("")),
        root.path("senderNick").asText(""),
        "2".equals(root.path("conversationType").asText(""))
            ? ConversationType.GROUP
            : ConversationType.ONE_TO_ONE,
        root.path("conversationId").asText(""),
        root.hasNonNull("createAt")
            ? Instant.ofEpochMilli(root.get("createAt").asLong())
            : clock.instant(),
        canReply ? webhook : null,
        canReply ? Instant.ofEpochMilli(webhookExpiry) : null,
        payload);
  }

  private static String checked(String field, String value, int maxLength) {
    if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
      throw new MalformedInboundMessageException(
          field + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  /**
   * The reply URL must be an absolute http(s) URL with a host; anything else could never be
   * answered.
   */
  private static @Nullable String webhook(@Nullable String value) {
    if (value == null) {
      return null;
    }
    checked("sessionWebhook", value, MAX_WEBHOOK);
    HttpUrl url = HttpUrl.parse(value);
    if (url == null || url.host().isBlank()) {
      throw new MalformedInboundMessageException("sessionWebhook is not an http(s) URL");
    }
    return value;
  }

  private static JsonNode readTree(String payload) {
    try {
      JsonNode root = JSON.readTree(payload);
      if (root == null || !root.isObject()) {
        throw new MalformedInboundMessageException("The payload is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the payload, which may hold health data: keep only the location.
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new MalformedInboundMessageException("The payload is not JSON" + where);
    }
  }

  private static MsgType msgType(String msgtype) {
    return switch (msgtype) {
      case "text" -> MsgType.TEXT;
      case "richText" -> MsgType.RICH_TEXT;
      case "picture" -> MsgType.PICTURE;
      case "audio" -> MsgType.AUDIO;
      case "video" -> MsgType.VIDEO;
      case "file" -> MsgType.FILE;
      default -> MsgType.UNKNOWN;
    };
  }

  private static String text(MsgType type, JsonNode root) {
    return switch (type) {
      case TEXT -> root.path("text").path("content").asText("").strip();
      case AUDIO -> root.path("content").path("recognition").asText("").strip();
      case RICH_TEXT -> richText(root.path("content").path("richText"));
      default -> "";
    };
  }

  /** Rich text is a list of parts; the text parts carry {@code text}, pictures a download code. */
  private static String richText(JsonNode parts) {
    StringBuilder text = new StringBuilder();
    for (JsonNode part : parts) {
      text.append(part.path("text").asText(""));
    }
    return text.toString().strip();
  }

  private static @Nullable String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }
}
