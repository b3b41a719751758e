package com.chenbao.sandbox;

import com.chenbao.sandbox.SandboxDirectory.SandboxGroup;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The custom webhook robot ({@code oapi.dingtalk.com/robot/send}) under the sandbox's oapi base
 * URL: access_token must name a group's webhook, the signature must match when the robot has a
 * secret, at most 20 messages a minute per robot. Like DingTalk it always answers HTTP 200 with an
 * errcode.
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxWebhookController {

  static final int PER_MINUTE = 20;

  private final SandboxDirectory directory;
  private final SandboxChats chats;
  private final Clock clock;
  private final SandboxCalls calls;
  private final SlidingWindowLimit perMinute =
      new SlidingWindowLimit(PER_MINUTE, Duration.ofMinutes(1));

  SandboxWebhookController(
      SandboxDirectory directory, SandboxChats chats, Clock clock, SandboxCalls calls) {
    this.calls = calls;
    this.directory = directory;
    this.chats = chats;
    this.clock = clock;
  }

  @PostMapping("/sandbox/oapi/robot/send")
  Map<String, Object> send(
      @RequestParam(name = "access_token", required = false) @Nullable String accessToken,
      @RequestParam(name = "timestamp", required = false) @Nullable String timestamp,
      @RequestParam(name = "sign", required = false) @Nullable String sign,
      @RequestBody JsonNode body) {
    calls.record(SandboxCalls.WEBHOOK_ROBOT);
    Optional<SandboxGroup> group =
        accessToken == null ? Optional.empty() : directory.webhookGroup(accessToken);
    if (group.isEmpty()) {
      return answer(300001, "token is not exist");
    }
    String secret = group.get().webhookSecret();
    if (secret != null && !secret.isBlank() && !signatureValid(secret, timestamp, sign)) {
      return answer(310000, "sign not match");
    }
    if (!perMinute.tryAcquire(accessToken)) {
      return answer(130101, "send too fast, exceed 20 times per minute");
    }
    try {
      SandboxRenderedMessage message = SandboxRenderedMessage.fromWebhookBody(body);
      chats.record(
          "webhook:" + accessToken,
          true,
          "webhook",
          message.kind(),
          message.title(),
          message.text(),
          message.buttons());
    } catch (SandboxRenderedMessage.InvalidMessage e) {
      return answer(40035, e.getMessage());
    }
    return answer(0, "ok");
  }

  private boolean signatureValid(String secret, @Nullable String timestamp, @Nullable String sign) {
    if (timestamp == null || sign == null) {
      return false;
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(clock.millis() - ts) > Duration.ofHours(1).toMillis()) {
      return false;
    }
    String expected = SandboxSigning.sign(secret, timestamp + "\n" + secret);
    // The query parameter arrives URL-decoded, so it is compared with the plain Base64 digest.
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sign.getBytes(StandardCharsets.UTF_8));
  }

  static @Nullable String accessTokenOf(String webhookUrl) {
    return UriComponentsBuilder.fromUriString(webhookUrl)
        .build()
        .getQueryParams()
        .getFirst("access_token");
  }

  private static Map<String, Object> answer(int errcode, String errmsg) {
    return Map.of("errcode", errcode, "errmsg", errmsg);
  }
}
