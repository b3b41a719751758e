package com.chenbao.delivery;

import org.jspecify.annotations.Nullable;

/** Who a delivery goes to. */
public sealed interface Recipient {

  /** The kind written to {@code deliveries.recipient_kind}. */
  String kind();

  /** The school whose DingTalk app sends it; null: the process-wide app. */
  @Nullable Long school();

  /** How it is reached: {@code deliveries.channel}. */
  default String channel() {
    return this instanceof Notified ? CHANNEL_WORK_NOTICE : CHANNEL_ROBOT;
  }

  /** The robot: 1:1 chat or group post. */
  String CHANNEL_ROBOT = "robot";

  /** A DingTalk work notification. */
  String CHANNEL_WORK_NOTICE = "work_notice";

  /**
   * A personal link to the web form, opened by the guardian (recorded, never sent: see
   * DeliveryLedger#recordReached).
   */
  String CHANNEL_LINK = "link";

  /**
   * A person reached 1:1.
   *
   * @param kind {@code guardian} or {@code staff}
   * @param userId the DingTalk userId; null or blank: recorded undeliverable without a call
   * @param schoolId the school whose DingTalk app sends to them (userIds belong to one org); null:
   *     the process-wide app
   */
  record Person(String kind, long id, @Nullable String userId, @Nullable Long schoolId)
      implements Recipient {

    /** A person reached through the process-wide app (one school, one org). */
    public Person(String kind, long id, @Nullable String userId) {
      this(kind, id, userId, null);
    }

    boolean reachable() {
      return userId != null && !userId.isBlank();
    }

    @Override
    public @Nullable Long school() {
      return schoolId;
    }
  }

  /**
   * A person reached by a DingTalk work notification (asyncsend_v2) instead of the robot's 1:1
   * chat: a guardian the robot could not reach (docs/fallback.md). Written with channel {@code
   * work_notice}; sent again on it.
   *
   * @param kind {@code guardian} or {@code staff}
   */
  record Notified(String kind, long id, String userId) implements Recipient {
    /**
     * Work notifications go out through the process-wide app and its agent id (one agent id per
     * deployment, see docs/fallback.md), so the row names no school's own app.
     */
    @Override
    public @Nullable Long school() {
      return null;
    }
  }

  /** A working group of a school, by its code; its chat is looked up when the message is sent. */
  record Group(long schoolId, String code) implements Recipient {
    @Override
    public String kind() {
      return "group";
    }

    @Override
    public Long school() {
      return schoolId;
    }
  }
}
