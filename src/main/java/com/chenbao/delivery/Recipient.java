package com.chenbao.delivery;

import org.jspecify.annotations.Nullable;

/** Who a delivery goes to. */
public sealed interface Recipient {

  /** The kind written to {@code deliveries.recipient_kind}. */
  String kind();

  /**
   * A person reached 1:1.
   *
   * @param kind {@code guardian} or {@code staff}
   * @param userId the DingTalk userId; null or blank: recorded undeliverable without a call
   */
  record Person(String kind, long id, @Nullable String userId) implements Recipient {
    boolean reachable() {
      return userId != null && !userId.isBlank();
    }
  }

  /** A working group of a school, by its code; its chat is looked up when the message is sent. */
  record Group(long schoolId, String code) implements Recipient {
    @Override
    public String kind() {
      return "group";
    }
  }
}
