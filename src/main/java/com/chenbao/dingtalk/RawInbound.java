package com.chenbao.dingtalk;

import com.chenbao.messaging.InboundChatMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

/**
 * The robot identity fields of an inbound message's payload, which say which of our apps received
 * it.
 */
final class RawInbound {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RawInbound() {}

  static @Nullable String robotCode(InboundChatMessage message) {
    return field(message, "robotCode");
  }

  static @Nullable String corpId(InboundChatMessage message) {
    return field(message, "chatbotCorpId");
  }

  private static @Nullable String field(InboundChatMessage message, String name) {
    try {
      JsonNode value = JSON.readTree(message.rawJson()).path(name);
      return value.isTextual() ? value.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
