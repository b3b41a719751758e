package com.chenbao.dingtalk;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.ActionCard;
import com.chenbao.messaging.OutboundMessage.Markdown;
import com.chenbao.messaging.OutboundMessage.Text;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom robot JSON bodies (doc section 3b): text, markdown, and actionCard with btns[] of {title,
 * actionURL}.
 */
final class WebhookMessages {

  /**
   * Largest body we send to a custom robot. DingTalk documents no exact figure we could confirm;
   * 20,000 bytes is the commonly cited content limit, applied here to the whole JSON body to stay
   * on the safe side.
   */
  static final int BODY_LIMIT_BYTES = 20_000;

  private WebhookMessages() {}

  static String bodyOf(OutboundMessage message) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (message instanceof Text text) {
      body.put("msgtype", "text");
      body.put("text", Map.of("content", text.content()));
    } else if (message instanceof Markdown markdown) {
      body.put("msgtype", "markdown");
      body.put("markdown", ordered("title", markdown.title(), "text", markdown.text()));
    } else {
      ActionCard card = (ActionCard) message;
      Map<String, Object> actionCard = ordered("title", card.title(), "text", card.text());
      actionCard.put("btnOrientation", "0");
      List<Map<String, Object>> buttons =
          card.buttons().stream()
              .map(b -> ordered("title", b.title(), "actionURL", ReplyLinks.urlOf(b)))
              .toList();
      actionCard.put("btns", buttons);
      body.put("msgtype", "actionCard");
      body.put("actionCard", actionCard);
    }
    return RobotTemplates.toJson(body);
  }

  static int bodyBytes(OutboundMessage message) {
    return bodyOf(message).getBytes(StandardCharsets.UTF_8).length;
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
