package com.chenbao.messaging;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A group the service can post into. */
public sealed interface GroupChat {

  /**
   * A group where the app's own robot is a member.
   *
   * @param openConversationId the group's {@code cid...} id (from the inbound group message's
   *     conversationId)
   */
  record AppRobotGroup(String openConversationId) implements GroupChat {
    public AppRobotGroup {
      requireText(openConversationId, "openConversationId");
    }
  }

  /**
   * A custom webhook robot that a school added to a group. The URL carries the robot's access token
   * and the secret signs each call, so neither appears in {@link #toString()} or logs.
   *
   * @param url the robot's webhook URL ({@code
   *     https://oapi.dingtalk.com/robot/send?access_token=...})
   * @param secret the signing secret ({@code SEC...}), or null if the robot is not set up with
   *     signing
   */
  record WebhookRobotGroup(String url, @Nullable String secret) implements GroupChat {
    public WebhookRobotGroup {
      requireText(url, "url");
    }

    @Override
    public String toString() {
      return "WebhookRobotGroup[url="
          + maskedUrl()
          + ", secret="
          + (secret == null ? "<none>" : "****")
          + "]";
    }

    private String maskedUrl() {
      int query = url.indexOf('?');
      return (query < 0 ? url : url.substring(0, query)) + "?****";
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
