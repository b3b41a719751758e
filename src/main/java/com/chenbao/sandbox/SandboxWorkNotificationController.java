package com.chenbao.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's work notification API ({@code topapi/message/corpconversation/asyncsend_v2}, old
 * style: HTTP 200 with errcode) as the fallback channel uses it, and the switch that makes the
 * robot refuse a person (as DingTalk does for someone outside the robot's visible range, who then
 * comes back in {@code invalidStaffIdList}). A notification shows in the person's chat of the
 * sandbox console, marked as a work notification.
 *
 * <p>Checks what DingTalk checks: the access token, the app's agent_id, 1..100 users, a known
 * msgtype, 20 QPS; and DingTalk's rule that the same content goes to the same user once a day (a
 * repeat is accepted and dropped).
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxWorkNotificationController {

  static final long AGENT_ID = 4_000_001L;
  static final int MAX_USERS = 100;

  /** What the console shows as the sender of a work notification. */
  static final String SENDER = "work-notice";

  private final SandboxTokens tokens;
  private final SandboxChats chats;
  private final SandboxDirectory directory;
  private final SandboxFaults faults;
  private final SlidingWindowLimit qps =
      new SlidingWindowLimit(SandboxOpenApiController.QPS, Duration.ofSeconds(1));
  private final AtomicLong tasks = new AtomicLong(70_000);
  private final Set<String> deliveredToday = ConcurrentHashMap.newKeySet();

  SandboxWorkNotificationController(
      SandboxTokens tokens, SandboxChats chats, SandboxDirectory directory, SandboxFaults faults) {
    this.tokens = tokens;
    this.chats = chats;
    this.directory = directory;
    this.faults = faults;
  }

  @PostMapping("/sandbox/oapi/topapi/message/corpconversation/asyncsend_v2")
  Map<String, Object> asyncSend(
      @RequestParam(name = "access_token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    if (token == null || token.isBlank()) {
      return error(40000, "access_token is blank");
    }
    if (!tokens.isValid(token)) {
      return error(40014, "invalid access_token");
    }
    if (body.path("agent_id").asLong(-1) != AGENT_ID) {
      return error(60011, "no privilege: agent_id does not belong to this app");
    }
    List<String> users = new ArrayList<>();
    for (String id : body.path("userid_list").asText("").split(",")) {
      if (!id.isBlank()) {
        users.add(id.trim());
      }
    }
    if (users.isEmpty()
        && body.path("dept_id_list").asText("").isBlank()
        && !body.path("to_all_user").asBoolean()) {
      return error(40000, "userid_list is empty");
    }
    if (users.size() > MAX_USERS) {
      return error(40000, "userid_list exceeds " + MAX_USERS);
    }
    SandboxRenderedMessage message;
    try {
      message = SandboxRenderedMessage.fromWebhookBody(workNoticeAsWebhookBody(body.path("msg")));
    } catch (SandboxRenderedMessage.InvalidMessage e) {
      return error(40035, e.getMessage());
    }
    if (!qps.tryAcquire("asyncsend_v2")) {
      return error(90018, "qps limit for appkey and api");
    }
    if (faults.take("asyncsend_v2") != 0) {
      return error(-1, "system busy (the sandbox is simulating an outage)");
    }
    String content = body.path("msg").toString();
    for (String userId : new LinkedHashSet<>(users)) {
      // Asynchronous as DingTalk's: unknown users and a repeat of the same content today are
      // dropped silently.
      if (directory.isUser(userId) && deliveredToday.add(userId + "\n" + content)) {
        chats.record(
            "user:" + userId,
            true,
            SENDER,
            message.kind(),
            message.title(),
            message.text(),
            message.buttons());
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("errcode", 0);
    answer.put("errmsg", "ok");
    answer.put("task_id", tasks.incrementAndGet());
    answer.put("request_id", Long.toHexString(System.nanoTime()));
    return answer;
  }

  record RobotReach(String userId, boolean refused) {}

  /**
   * Makes the robot refuse (or accept again) a person: batchSend then lists them in
   * invalidStaffIdList.
   */
  @PostMapping("/sandbox/api/robot-refuses")
  Map<String, Object> robotRefuses(@RequestBody RobotReach reach) {
    faults.robotRefuses(reach.userId(), reach.refused());
    return Map.of("userId", reach.userId(), "refused", reach.refused());
  }

  @GetMapping("/sandbox/api/robot-refuses")
  Set<String> robotRefuses() {
    return faults.refusedByRobot();
  }

  /**
   * The work notification's msg (text, markdown, action_card) in the webhook shape the renderer
   * reads.
   */
  private static JsonNode workNoticeAsWebhookBody(JsonNode msg) {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    String type = msg.path("msgtype").asText("");
    switch (type) {
      case "text" -> body.put("msgtype", "text").set("text", msg.path("text"));
      case "markdown" -> body.put("msgtype", "markdown").set("markdown", msg.path("markdown"));
      case "action_card" -> {
        JsonNode ac = msg.path("action_card");
        com.fasterxml.jackson.databind.node.ObjectNode card =
            body.put("msgtype", "actionCard").putObject("actionCard");
        card.put("title", ac.path("title").asText()).put("text", ac.path("markdown").asText());
        if (ac.hasNonNull("single_title")) {
          card.put("singleTitle", ac.path("single_title").asText())
              .put("singleURL", ac.path("single_url").asText());
        } else {
          com.fasterxml.jackson.databind.node.ArrayNode btns = card.putArray("btns");
          ac.path("btn_json_list")
              .forEach(
                  b ->
                      btns.addObject()
                          .put("title", b.path("title").asText())
                          .put("actionURL", b.path("action_url").asText()));
        }
      }
      default -> body.put("msgtype", type);
    }
    return body;
  }

  private static Map<String, Object> error(int errcode, String errmsg) {
    return Map.of(
        "errcode", errcode, "errmsg", errmsg, "request_id", Long.toHexString(System.nanoTime()));
  }
}
