package com.chenbao.dingtalk;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.ActionCard;
import com.chenbao.messaging.OutboundMessage.Button;
import com.chenbao.messaging.OutboundMessage.Markdown;
import com.chenbao.messaging.OutboundMessage.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps our messages to robot msgKey templates (doc section 2 table): sampleText, sampleMarkdown,
 * sampleActionCard (one button: singleTitle/singleURL) and sampleActionCard2..5
 * (actionTitleN/actionURLN). There is no sampleActionCard1 and none beyond 5 buttons.
 */
final class RobotTemplates {

  static final int MAX_BUTTONS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private RobotTemplates() {}

  static RobotTemplate of(OutboundMessage message) {
    if (message instanceof Text text) {
      return template("sampleText", Map.of("content", text.content()));
    }
    if (message instanceof Markdown markdown) {
      return template(
          "sampleMarkdown", ordered("title", markdown.title(), "text", markdown.text()));
    }
    return actionCard((ActionCard) message);
  }

  private static RobotTemplate actionCard(ActionCard card) {
    List<Button> buttons = card.buttons();
    if (buttons.size() > MAX_BUTTONS) {
      throw new IllegalArgumentException(
          "a DingTalk robot action card has at most "
              + MAX_BUTTONS
              + " buttons, got "
              + buttons.size());
    }
    Map<String, String> param = ordered("title", card.title(), "text", card.text());
    if (buttons.size() == 1) {
      param.put("singleTitle", buttons.get(0).title());
      param.put("singleURL", ReplyLinks.urlOf(buttons.get(0)));
      return template("sampleActionCard", param);
    }
    for (int i = 0; i < buttons.size(); i++) {
      param.put("actionTitle" + (i + 1), buttons.get(i).title());
      param.put("actionURL" + (i + 1), ReplyLinks.urlOf(buttons.get(i)));
    }
    return template("sampleActionCard" + buttons.size(), param);
  }

  private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  static RobotTemplate template(String msgKey, Map<String, String> param) {
    return new RobotTemplate(msgKey, toJson(param));
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a robot message", e);
    }
  }
}
