package com.chenbao.schoolconfig;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How the bot posts into a working group's DingTalk chat. */
public sealed interface ChatBinding {

  /**
   * The enterprise app's robot is a member of the group chat {@code openConversationId} (cid...).
   */
  record AppRobotChat(String openConversationId) implements ChatBinding {}

  /**
   * A custom robot (custom robot) reached by its webhook URL. {@code secret} is the SEC... signing
   * secret, or null for a robot secured by keywords or IP. Neither the secret nor the URL's access
   * token ever appears in {@link #toString()}.
   */
  record WebhookChat(String url, @Nullable String secret) implements ChatBinding {

    private static final Pattern TOKEN = Pattern.compile("(access_token=)[^&]*");

    /** The URL with its access token replaced by {@code ****}, safe for logs and API responses. */
    public String maskedUrl() {
      return TOKEN.matcher(url).replaceAll("$1****");
    }

    @Override
    public String toString() {
      return "WebhookChat[url="
          + maskedUrl()
          + ", secret="
          + (secret == null ? "none" : "****")
          + "]";
    }
  }

  /** The group has no chat binding: nothing is posted to it. */
  record NoChat() implements ChatBinding {}
}
