package com.chenbao.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Every chat the sandbox has carried since start-up, in memory (a sandbox restart starts empty, as
 * a fresh phone would). Thread-safe. End-to-end tests read it to see what people received.
 */
@Component
@Conditional(SandboxMode.class)
public class SandboxChats {

  private static final int MAX_MESSAGES = 200_000;

  private final Clock clock;
  private final AtomicLong seq = new AtomicLong();
  private final List<SandboxMessage> messages = new ArrayList<>();

  SandboxChats(Clock clock) {
    this.clock = clock;
  }

  SandboxMessage record(
      String conversation,
      boolean fromBot,
      String senderId,
      String kind,
      @Nullable String title,
      String text,
      List<SandboxMessage.Button> buttons) {
    SandboxMessage message =
        new SandboxMessage(
            seq.incrementAndGet(),
            clock.instant(),
            conversation,
            fromBot,
            senderId,
            kind,
            title,
            text,
            buttons);
    synchronized (messages) {
      if (messages.size() >= MAX_MESSAGES) {
        messages.subList(0, MAX_MESSAGES / 10).clear();
      }
      messages.add(message);
    }
    return message;
  }

  /** The messages of one conversation, oldest first. */
  public List<SandboxMessage> conversation(String conversation) {
    synchronized (messages) {
      return messages.stream().filter(m -> m.conversation().equals(conversation)).toList();
    }
  }

  /** What the robot sent to one user in their 1:1 chat, oldest first. */
  public List<SandboxMessage> sentToUser(String userId) {
    return conversation("user:" + userId).stream().filter(SandboxMessage::fromBot).toList();
  }

  public List<SandboxMessage> all() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }
}
