package com.chenbao.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code sessionWebhook} URL of an inbound message: a reply into that chat, no token, no
 * signing.
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxSessionWebhookController {

  private final SandboxSessions sessions;
  private final SandboxChats chats;
  private final SandboxCalls calls;

  SandboxSessionWebhookController(
      SandboxSessions sessions, SandboxChats chats, SandboxCalls calls) {
    this.calls = calls;
    this.sessions = sessions;
    this.chats = chats;
  }

  @PostMapping("/sandbox/session/{sessionId}")
  Map<String, Object> reply(@PathVariable String sessionId, @RequestBody JsonNode body) {
    calls.record(SandboxCalls.SESSION_WEBHOOK);
    Optional<SandboxSessions.Session> session = sessions.find(sessionId);
    if (session.isEmpty() || sessions.expired(session.get())) {
      // DingTalk's exact code for an expired session webhook is not documented; 300001 is its
      // "token not exist".
      return Map.of("errcode", 300001, "errmsg", "session webhook expired or unknown");
    }
    try {
      SandboxRenderedMessage message = SandboxRenderedMessage.fromWebhookBody(body);
      chats.record(
          session.get().conversation(),
          true,
          SandboxMode.ROBOT_CODE,
          message.kind(),
          message.title(),
          message.text(),
          message.buttons());
    } catch (SandboxRenderedMessage.InvalidMessage e) {
      return Map.of("errcode", 40035, "errmsg", e.getMessage());
    }
    return Map.of("errcode", 0, "errmsg", "ok");
  }
}
