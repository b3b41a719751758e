package com.chenbao.schoolconfig;

import com.chenbao.schoolconfig.ChatBinding.AppRobotChat;
import com.chenbao.schoolconfig.ChatBinding.NoChat;
import com.chenbao.schoolconfig.ChatBinding.WebhookChat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A group's {@code chat:} and {@code receives:} entries. */
final class ChatAndReceivesReader {

  private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*");
  private static final Pattern ALERT_KIND = Pattern.compile("[a-z_]{1,32}");
  private static final String TALLY_SCOPES =
      Arrays.stream(TallyScope.values()).map(TallyScope::code).collect(Collectors.joining(", "));

  ChatBinding chat(ConfigEntry chat) {
    if (!chat.expectMap("robot", "webhook")) {
      return new NoChat();
    }
    ConfigEntry robot = chat.field("robot");
    ConfigEntry webhook = chat.field("webhook");
    if (!robot.isAbsent() && !webhook.isAbsent()) {
      chat.error(SchoolFileMistake.CHAT_BOTH);
      return new NoChat();
    }
    if (robot.expectMap("openConversationId")) {
      String cid = robot.field("openConversationId").requiredText(128);
      return cid == null ? new NoChat() : new AppRobotChat(cid);
    }
    if (webhook.expectMap("url", "secret")) {
      return webhook(webhook);
    }
    if (robot.isAbsent() && webhook.isAbsent()) {
      chat.error(SchoolFileMistake.CHAT_NEITHER);
    }
    return new NoChat();
  }

  private static ChatBinding webhook(ConfigEntry webhook) {
    String url = webhook.field("url").requiredText(512);
    if (url != null && !HTTP_URL.matcher(url).matches()) {
      // The value may hold a token: say what is wrong without echoing it.
      webhook.field("url").error(SchoolFileMistake.BAD_WEBHOOK_URL);
      url = null;
    }
    String secret = webhook.field("secret").optionalText(128);
    // DingTalk signing secrets always start with SEC; anything else makes every send fail (310000),
    // so it is an error here rather than at the first post.
    if (secret != null && !secret.startsWith("SEC")) {
      webhook.field("secret").error(SchoolFileMistake.BAD_WEBHOOK_SECRET);
      secret = null;
    }
    return url == null ? new NoChat() : new WebhookChat(url, secret);
  }

  Subscription receives(ConfigEntry receives) {
    if (!receives.expectMap("tally", "names", "missingNames", "absentees", "alerts")) {
      return Subscription.nothing();
    }
    TallyScope tally = tally(receives.field("tally"));
    boolean names = receives.field("names").bool(false);
    boolean missingNames = receives.field("missingNames").bool(false);
    boolean absentees = receives.field("absentees").bool(false);
    if (missingNames && !names) {
      receives.field("missingNames").error(SchoolFileMistake.MISSING_NAMES_WITHOUT_NAMES);
    }
    return new Subscription(
        tally, names, missingNames, absentees, alerts(receives.field("alerts")));
  }

  private static TallyScope tally(ConfigEntry entry) {
    String value = entry.text();
    if (value == null) {
      return TallyScope.NONE;
    }
    for (TallyScope scope : TallyScope.values()) {
      if (scope.code().equals(value)) {
        return scope;
      }
    }
    entry.error(SchoolFileMistake.UNKNOWN_TALLY_SCOPE, "value", value, "allowed", TALLY_SCOPES);
    return TallyScope.NONE;
  }

  private static Set<String> alerts(ConfigEntry section) {
    Set<String> kinds = new HashSet<>();
    for (ConfigEntry item : section.items()) {
      String kind = item.text();
      if (kind == null) {
        continue;
      }
      if (kind.equals("all")) {
        kinds.add(Subscription.ALL_ALERTS);
      } else if (ALERT_KIND.matcher(kind).matches()) {
        kinds.add(kind);
      } else {
        item.error(SchoolFileMistake.BAD_ALERT_KIND, "value", kind);
      }
    }
    return kinds;
  }
}
