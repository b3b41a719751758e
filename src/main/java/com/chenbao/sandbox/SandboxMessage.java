package com.chenbao.sandbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message in a sandbox chat, as DingTalk would show it.
 *
 * @param conversation {@code user:<userId>} for a 1:1 chat with the robot, {@code
 *     group:<openConversationId>} for an app-robot group, {@code webhook:<access_token>} for a
 *     custom webhook robot's group
 * @param fromBot true for what the service sent, false for what a person typed
 * @param kind {@code text}, {@code markdown} or {@code actionCard}
 */
public record SandboxMessage(
    long seq,
    Instant at,
    String conversation,
    boolean fromBot,
    String senderId,
    String kind,
    @Nullable String title,
    String text,
    List<Button> buttons) {

  public SandboxMessage {
    buttons = List.copyOf(buttons);
  }

  /** An action-card button: its title and the URL it opens (or the dtmd:// one-tap reply link). */
  public record Button(String title, String url) {}
}
