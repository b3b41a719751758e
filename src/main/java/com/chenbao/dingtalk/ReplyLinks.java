package com.chenbao.dingtalk;

import com.chenbao.messaging.OutboundMessage.Button;
import com.chenbao.messaging.OutboundMessage.LinkButton;
import com.chenbao.messaging.OutboundMessage.ReplyButton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Button targets. A one-tap reply becomes a {@code dtmd://dingtalkclient/sendMessage?content=...}
 * link: tapping it makes the user's client send the text into the chat (community-documented client
 * behaviour, doc section 2).
 */
final class ReplyLinks {

  private ReplyLinks() {}

  static String urlOf(Button button) {
    // Java 17: no pattern switch yet; Button is sealed to exactly these two.
    if (button instanceof ReplyButton reply) {
      return "dtmd://dingtalkclient/sendMessage?content=" + encode(reply.replyText());
    }
    return ((LinkButton) button).url();
  }

  /**
   * Percent-encodes UTF-8; spaces as %20, since the client does not treat '+' as a space in this
   * scheme.
   */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
