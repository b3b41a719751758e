package com.chenbao.sandbox;

import com.chenbao.sandbox.SandboxDirectory.SandboxGroup;
import com.chenbao.sandbox.SandboxDirectory.SandboxUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox page ({@code /sandbox}) and its JSON: every person's 1:1 chat with the robot and
 * every group's chat, and a way to reply as any person. Only served in sandbox mode; it shows the
 * roster's names, so it is meant for a trial on a local machine, not for a server on the internet.
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxConsoleController {

  private final SandboxDirectory directory;
  private final SandboxChats chats;
  private final SandboxCallbackSender sender;
  private final SandboxFaults faults;

  SandboxConsoleController(
      SandboxDirectory directory,
      SandboxChats chats,
      SandboxCallbackSender sender,
      SandboxFaults faults) {
    this.faults = faults;
    this.directory = directory;
    this.chats = chats;
    this.sender = sender;
  }

  @GetMapping(
      value = {"/sandbox", "/sandbox/"},
      produces = MediaType.TEXT_HTML_VALUE)
  String page() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/sandbox-ui/index.html")) {
      if (in == null) {
        throw new IllegalStateException("sandbox-ui/index.html missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  record Chat(String key, String name, String kind, String school, String detail) {}

  @GetMapping("/sandbox/api/chats")
  List<Chat> chats() {
    List<Chat> all = new ArrayList<>();
    for (SandboxGroup g : directory.allGroups()) {
      String key =
          g.openConversationId() != null
              ? "group:" + g.openConversationId()
              : g.webhookUrl() != null
                  ? "webhook:" + SandboxWebhookController.accessTokenOf(g.webhookUrl())
                  : null;
      if (key != null) {
        all.add(new Chat(key, g.name(), "group", g.schoolCode(), g.code()));
      }
    }
    for (SandboxUser u : directory.allUsers()) {
      all.add(
          new Chat(
              "user:" + u.userId(),
              u.name(),
              u.role(),
              u.schoolCode(),
              u.detail() == null ? "" : u.detail()));
    }
    return all;
  }

  @GetMapping("/sandbox/api/messages")
  List<SandboxMessage> messages(@RequestParam String chat) {
    return chats.conversation(chat);
  }

  record Outage(String api, int calls, int status) {}

  /**
   * Simulate a DingTalk outage: the next {@code calls} calls of {@code api} fail with {@code
   * status}.
   */
  @PostMapping("/sandbox/api/faults")
  ResponseEntity<Map<String, Object>> outage(@RequestBody Outage outage) {
    if (!List.of("batchSend", "groupSend").contains(outage.api())
        || outage.calls() < 0
        || outage.status() < 400
        || outage.status() > 599) {
      return ResponseEntity.badRequest()
          .body(Map.of("detail", "api: batchSend|groupSend, calls >= 0, status 4xx/5xx"));
    }
    faults.failNext(outage.api(), outage.calls(), outage.status());
    return ResponseEntity.ok(
        Map.of("api", outage.api(), "calls", outage.calls(), "status", outage.status()));
  }

  record Reply(String userId, String text) {}

  @PostMapping("/sandbox/api/reply")
  ResponseEntity<Map<String, Object>> reply(@RequestBody Reply reply) {
    if (reply.text() == null || reply.text().isBlank()) {
      return ResponseEntity.badRequest().body(Map.of("detail", "text is empty"));
    }
    SandboxCallbackSender.Delivery delivery = sender.sendText(reply.userId(), reply.text());
    return ResponseEntity.ok(
        Map.of("callbackStatus", delivery.status(), "msgId", delivery.msgId()));
  }
}
