package com.chenbao.sandbox;

import com.chenbao.messaging.InboundMessageSettled;
import com.chenbao.sandbox.SandboxDirectory.SandboxUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plays DingTalk's side of a person writing to the robot: records the message in the person's chat
 * and POSTs the robot-message callback, signed with the app secret, to the service's own {@code
 * /dingtalk/robot/callback} over real HTTP, exactly as DingTalk's HTTP mode does, then waits (at
 * most {@link #SETTLE_WAIT}) until the service has handled it ({@link InboundMessageSettled}).
 */
@Component
@Conditional(SandboxMode.class)
public class SandboxCallbackSender {

  /**
   * How long a send waits for the service to finish handling the message before it returns anyway.
   */
  static final Duration SETTLE_WAIT = Duration.ofSeconds(10);

  /** What the callback endpoint answered: its HTTP status and the msgId that was sent. */
  public record Delivery(int status, String msgId) {}

  private final SandboxDirectory directory;
  private final SandboxChats chats;
  private final SandboxSessions sessions;
  private final ObjectMapper json;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, CountDownLatch> awaited = new ConcurrentHashMap<>();
  private volatile int port;

  SandboxCallbackSender(
      SandboxDirectory directory,
      SandboxChats chats,
      SandboxSessions sessions,
      ObjectMapper json,
      Clock clock) {
    this.directory = directory;
    this.chats = chats;
    this.sessions = sessions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The service's own port; the management server (its own port, namespace "management") also
   * reports here.
   */
  @EventListener
  void onWebServerStarted(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      this.port = event.getWebServer().getPort();
    }
  }

  /** A text message typed by {@code userId} in their 1:1 chat with the robot. */
  public Delivery sendText(String userId, String text) {
    return send(userId, "text", text, UUID.randomUUID().toString());
  }

  /** The same as {@link #sendText} with a chosen msgId, to replay a delivery as DingTalk may. */
  public Delivery sendText(String userId, String text, String msgId) {
    return send(userId, "text", text, msgId);
  }

  /** A picture (or {@code audio}, {@code file}) sent instead of text. */
  public Delivery sendNonText(String userId, String msgType) {
    return send(userId, msgType, "", UUID.randomUUID().toString());
  }

  private Delivery send(String userId, String msgType, String text, String msgId) {
    SandboxUser user =
        directory
            .user(userId)
            .orElseThrow(() -> new IllegalArgumentException("No sandbox user " + userId));
    String conversation = "user:" + userId;
    chats.record(
        conversation,
        false,
        userId,
        msgType,
        null,
        msgType.equals("text") ? text : "[" + msgType + "]",
        List.of());
    String body = payload(user, msgType, text, "msg" + msgId, conversation);
    String timestamp = Long.toString(clock.millis());
    String sign =
        SandboxSigning.sign(SandboxMode.APP_SECRET, timestamp + "\n" + SandboxMode.APP_SECRET);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "/dingtalk/robot/callback"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("timestamp", timestamp)
            .header("sign", sign)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    CountDownLatch settled = awaited.computeIfAbsent("msg" + msgId, id -> new CountDownLatch(1));
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        // The service answers once the message is stored and handles it right after; wait for that,
        // so the
        // person sees the bot's reply when this returns, as in DingTalk a moment later.
        settled.await(SETTLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      }
      return new Delivery(response.statusCode(), "msg" + msgId);
    } catch (IOException e) {
      throw new IllegalStateException("The robot callback could not be delivered", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while delivering the robot callback", e);
    } finally {
      awaited.remove("msg" + msgId, settled);
    }
  }

  @EventListener
  void onSettled(InboundMessageSettled event) {
    CountDownLatch latch = awaited.get(event.msgId());
    if (latch != null) {
      latch.countDown();
    }
  }

  private String payload(
      SandboxUser user, String msgType, String text, String msgId, String conversation) {
    long now = clock.millis();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("msgId", msgId);
    p.put("msgtype", msgType);
    if (msgType.equals("text")) {
      p.put("text", Map.of("content", text));
    } else {
      p.put("content", Map.of("downloadCode", "sandbox-" + UUID.randomUUID()));
    }
    p.put("conversationType", "1");
    p.put("conversationId", "cid-sandbox-" + user.userId());
    p.put("senderStaffId", user.userId());
    p.put("senderId", "$:LWCP_v1:$sandbox-" + user.userId());
    p.put("senderNick", user.name());
    p.put("senderCorpId", "sandbox-corp");
    p.put("chatbotUserId", "sandbox-bot");
    p.put("chatbotCorpId", "sandbox-corp");
    p.put("robotCode", SandboxMode.ROBOT_CODE);
    p.put("isAdmin", false);
    p.put("createAt", now);
    p.put("sessionWebhook", base() + "/sandbox/session/" + sessions.open(conversation));
    p.put("sessionWebhookExpiredTime", now + SandboxSessions.LIFETIME.toMillis());
    try {
      return json.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String base() {
    if (port == 0) {
      throw new IllegalStateException("The web server has not started yet");
    }
    return "http://127.0.0.1:" + port;
  }
}
