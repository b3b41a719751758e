package com.chenbao.delivery;

import com.chenbao.messaging.OutboundMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as JSON in {@code deliveries.message}, so the retry pass can send it again. Written by
 * hand with an explicit {@code type}: the message types are a sealed hierarchy Jackson cannot name
 * without annotations on the messaging port.
 */
final class MessageCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MessageCodec() {}

  static String encode(OutboundMessage message) {
    ObjectNode node = JSON.createObjectNode();
    if (message instanceof OutboundMessage.Text t) {
      node.put("type", "text").put("content", t.content());
    } else if (message instanceof OutboundMessage.Markdown m) {
      node.put("type", "markdown").put("title", m.title()).put("text", m.text());
    } else if (message instanceof OutboundMessage.ActionCard c) {
      node.put("type", "card").put("title", c.title()).put("text", c.text());
      ArrayNode buttons = node.putArray("buttons");
      for (OutboundMessage.Button b : c.buttons()) {
        if (b instanceof OutboundMessage.LinkButton l) {
          buttons.addObject().put("type", "link").put("title", l.title()).put("url", l.url());
        } else if (b instanceof OutboundMessage.ReplyButton r) {
          buttons
              .addObject()
              .put("type", "reply")
              .put("title", r.title())
              .put("replyText", r.replyText());
        }
      }
    }
    return node.toString();
  }

  static OutboundMessage decode(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Stored message is not JSON", e);
    }
    return switch (node.path("type").asText()) {
      case "text" -> new OutboundMessage.Text(node.path("content").asText());
      case "markdown" ->
          new OutboundMessage.Markdown(node.path("title").asText(), node.path("text").asText());
      case "card" -> {
        List<OutboundMessage.Button> buttons = new ArrayList<>();
        for (JsonNode b : node.path("buttons")) {
          buttons.add(
              "link".equals(b.path("type").asText())
                  ? new OutboundMessage.LinkButton(b.path("title").asText(), b.path("url").asText())
                  : new OutboundMessage.ReplyButton(
                      b.path("title").asText(), b.path("replyText").asText()));
        }
        yield new OutboundMessage.ActionCard(
            node.path("title").asText(), node.path("text").asText(), buttons);
      }
      default ->
          throw new IllegalArgumentException("Unknown stored message type: " + node.path("type"));
    };
  }
}
