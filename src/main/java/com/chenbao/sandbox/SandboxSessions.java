package com.chenbao.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Session webhooks handed out with each inbound message: a reply URL into that chat, valid 90
 * minutes.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxSessions {

  static final Duration LIFETIME = Duration.ofMinutes(90);

  record Session(String conversation, Instant expiresAt) {}

  private final Clock clock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  SandboxSessions(Clock clock) {
    this.clock = clock;
  }

  /** Opens a session for a chat; returns its id. */
  String open(String conversation) {
    String id = UUID.randomUUID().toString().replace("-", "");
    sessions.put(id, new Session(conversation, clock.instant().plus(LIFETIME)));
    return id;
  }

  Optional<Session> find(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  boolean expired(Session session) {
    return !clock.instant().isBefore(session.expiresAt());
  }
}
