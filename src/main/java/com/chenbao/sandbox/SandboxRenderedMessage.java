package com.chenbao.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message as a DingTalk client would render it, decoded from an API call's msgKey/msgParam or a
 * webhook body.
 */
record SandboxRenderedMessage(
    String kind, @Nullable String title, String text, List<SandboxMessage.Button> buttons) {

  /** A message DingTalk would refuse, with DingTalk's error code. */
  static final class InvalidMessage extends Exception {
    final String code;

    InvalidMessage(String code, String message) {
      super(message);
      this.code = code;
    }
  }

  /** Decodes the robot APIs' {@code msgKey} and {@code msgParam} (a JSON string, not an object). */
  static SandboxRenderedMessage fromRobotApi(
      @Nullable String msgKey, @Nullable String msgParam, ObjectMapper json) throws InvalidMessage {
    if (msgKey == null || msgKey.isBlank()) {
      throw new InvalidMessage("invalidParameter.msgKey.empty", "msgKey is empty");
    }
    JsonNode p;
    try {
      p = msgParam == null ? null : json.readTree(msgParam);
    } catch (JsonProcessingException e) {
      p = null;
    }
    if (p == null || !p.isObject()) {
      throw new InvalidMessage(
          "invalidParameter.msgParam.invalid",
          "msgParam must be a JSON object serialized as a string");
    }
    switch (msgKey) {
      case "sampleText":
        return new SandboxRenderedMessage("text", null, required(p, "content"), List.of());
      case "sampleMarkdown":
        return new SandboxRenderedMessage(
            "markdown", required(p, "title"), required(p, "text"), List.of());
      case "sampleActionCard":
        return new SandboxRenderedMessage(
            "actionCard",
            required(p, "title"),
            required(p, "text"),
            List.of(
                new SandboxMessage.Button(required(p, "singleTitle"), required(p, "singleURL"))));
      case "sampleActionCard2", "sampleActionCard3", "sampleActionCard4", "sampleActionCard5":
        {
          int count = msgKey.charAt(msgKey.length() - 1) - '0';
          List<SandboxMessage.Button> buttons = new ArrayList<>();
          for (int i = 1; i <= count; i++) {
            buttons.add(
                new SandboxMessage.Button(
                    required(p, "actionTitle" + i), required(p, "actionURL" + i)));
          }
          return new SandboxRenderedMessage(
              "actionCard", required(p, "title"), required(p, "text"), buttons);
        }
      default:
        throw new InvalidMessage(
            "invalidParameter.msgKey.invalid", "msgKey not supported by the sandbox: " + msgKey);
    }
  }

  /** Decodes a custom-robot-format body (webhook robot or session webhook). */
  static SandboxRenderedMessage fromWebhookBody(JsonNode body) throws InvalidMessage {
    String type = body.path("msgtype").asText("");
    switch (type) {
      case "text":
        return new SandboxRenderedMessage(
            "text", null, required(body.path("text"), "content"), List.of());
      case "markdown":
        {
          JsonNode md = body.path("markdown");
          return new SandboxRenderedMessage(
              "markdown", required(md, "title"), required(md, "text"), List.of());
        }
      case "actionCard":
        {
          JsonNode card = body.path("actionCard");
          List<SandboxMessage.Button> buttons = new ArrayList<>();
          if (card.hasNonNull("singleTitle")) {
            buttons.add(
                new SandboxMessage.Button(
                    required(card, "singleTitle"), required(card, "singleURL")));
          }
          for (JsonNode b : card.path("btns")) {
            buttons.add(new SandboxMessage.Button(required(b, "title"), required(b, "actionURL")));
          }
          return new SandboxRenderedMessage(
              "actionCard", required(card, "title"), required(card, "text"), buttons);
        }
      default:
        throw new InvalidMessage("40035", "msgtype missing or not supported: " + type);
    }
  }

  private static String required(JsonNode node, String field) throws InvalidMessage {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new InvalidMessage("invalidParameter.param.invalid", "missing " + field);
    }
    return value.asText();
  }
}
