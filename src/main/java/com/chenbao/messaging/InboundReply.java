package com.chenbao.messaging;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to answer an inbound message with: plain text, or markdown with a title (shown in the chat
 * list). The text comes from bot-templates, never from a Java literal.
 */
public record InboundReply(Format format, @Nullable String title, String text) {

  public InboundReply {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("A reply needs text");
    }
    if (format == Format.MARKDOWN && (title == null || title.isBlank())) {
      throw new IllegalArgumentException("A markdown reply needs a title");
    }
  }

  public static InboundReply text(String text) {
    return new InboundReply(Format.TEXT, null, text);
  }

  public static InboundReply markdown(String title, String text) {
    return new InboundReply(Format.MARKDOWN, title, text);
  }

  public enum Format {
    TEXT,
    MARKDOWN
  }
}
