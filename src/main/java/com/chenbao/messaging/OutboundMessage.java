package com.chenbao.messaging;

import java.util.List;
import java.util.Objects;

/**
 * What a robot can say: plain text, markdown, or a markdown card with buttons. Texts come from
 * bot-templates.
 */
public sealed interface OutboundMessage {

  record Text(String content) implements OutboundMessage {
    public Text {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * @param title shown in the chat list and the notification; @param text the markdown body
   */
  record Markdown(String title, String text) implements OutboundMessage {
    public Markdown {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A markdown card with one or more buttons. DingTalk robot messages carry at most 5 buttons; the
   * adapter rejects more.
   *
   * @param text markdown body
   */
  record ActionCard(String title, String text, List<Button> buttons) implements OutboundMessage {
    public ActionCard {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
      buttons = List.copyOf(buttons);
      if (buttons.isEmpty()) {
        throw new IllegalArgumentException("an action card needs at least one button");
      }
    }
  }

  /** A card button. */
  sealed interface Button {
    String title();
  }

  /** Opens a URL. */
  record LinkButton(String title, String url) implements Button {
    public LinkButton {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * A one-tap answer: tapping it makes the user's own client send {@code replyText} into the chat,
   * so it comes back as an ordinary inbound message.
   */
  record ReplyButton(String title, String replyText) implements Button {
    public ReplyButton {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(replyText, "replyText");
    }
  }
}
