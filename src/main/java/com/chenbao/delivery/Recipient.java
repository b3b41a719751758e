package com.chenbao.delivery;

import org.jspecify.annotations.Nullable;

/** Who a delivery goes to. */
public sealed interface Recipient {

  /** The kind written to {@code deliveries.recipient_kind}. */
  String kind();

  /** The school whose DingTalk app sends it; null: the process-wide app. */
  @Nullable Long school();

  /**
   * A person reached 1:1.
   *
   * @param kind {@code guardian} or {@code staff}
   * @param userId the DingTalk userId; null or blank: recorded undeliverable without a call
   * @param schoolId the school whose DingTalk app sends to them (userIds belong to one org); null: the
   *     process-wide app
   */
  record Person(String kind, long id, @Nullable String userId, @Nullable Long schoolId) implements Recipient {

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
