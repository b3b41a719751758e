package com.chenbao.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * DingTalk's new-style OpenAPI ({@code api.dingtalk.com}) as the adapter uses it: access token,
 * robot 1:1 batch send and app-robot group send, with DingTalk's parameter checks, error codes and
 * 20 QPS per API. Served at the root paths because the SDK appends its own path to the configured
 * host.
 */
@RestController
@Conditional(SandboxMode.class)
class SandboxOpenApiController {

  static final int QPS = 20;
  static final int MAX_USERS_PER_CALL = 20;
  static final int MAX_GROUP_PARAM_BYTES = 15_000;

  private final SandboxTokens tokens;
  private final SandboxChats chats;
  private final SandboxDirectory directory;
  private final ObjectMapper json;
  private final SandboxFaults faults;
  private final SandboxCalls calls;
  private final SlidingWindowLimit qps = new SlidingWindowLimit(QPS, Duration.ofSeconds(1));

  SandboxOpenApiController(
      SandboxTokens tokens,
      SandboxChats chats,
      SandboxDirectory directory,
      ObjectMapper json,
      SandboxFaults faults,
      SandboxCalls calls) {
    this.faults = faults;
    this.calls = calls;
    this.tokens = tokens;
    this.chats = chats;
    this.directory = directory;
    this.json = json;
  }

  @PostMapping("/v1.0/oauth2/accessToken")
  ResponseEntity<Map<String, Object>> accessToken(@RequestBody JsonNode body) {
    calls.record(SandboxCalls.TOKEN);
    if (!SandboxMode.APP_KEY.equals(text(body, "appKey"))
        || !SandboxMode.APP_SECRET.equals(text(body, "appSecret"))) {
      return error(HttpStatus.BAD_REQUEST, "invalidClientIdOrSecret", "wrong appKey or appSecret");
    }
    return ResponseEntity.ok(
        Map.of("accessToken", tokens.issue(), "expireIn", SandboxTokens.LIFETIME.toSeconds()));
  }

  @PostMapping("/v1.0/robot/oToMessages/batchSend")
  ResponseEntity<Map<String, Object>> batchSend(
      @RequestHeader(name = "x-acs-dingtalk-access-token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    calls.record(SandboxCalls.BATCH_SEND);
    ResponseEntity<Map<String, Object>> refused = checkCall("batchSend", token, body);
    if (refused != null) {
      return refused;
    }
    JsonNode userIds = body.path("userIds");
    if (!userIds.isArray() || userIds.isEmpty()) {
      return error(HttpStatus.BAD_REQUEST, "invalidParameter.userIds.empty", "userIds is empty");
    }
    if (userIds.size() > MAX_USERS_PER_CALL) {
      return error(
          HttpStatus.BAD_REQUEST, "invalidParameter.userIds.overMax", "userIds exceeds 20");
    }
    SandboxRenderedMessage message;
    try {
      message =
          SandboxRenderedMessage.fromRobotApi(text(body, "msgKey"), text(body, "msgParam"), json);
    } catch (SandboxRenderedMessage.InvalidMessage e) {
      return error(HttpStatus.BAD_REQUEST, e.code, e.getMessage());
    }
    List<String> invalid = new ArrayList<>();
    for (JsonNode id : userIds) {
      String userId = id.asText();
      if (directory.isUser(userId) && !faults.robotRefuses(userId)) {
        chats.record(
            "user:" + userId,
            true,
            SandboxMode.ROBOT_CODE,
            message.kind(),
            message.title(),
            message.text(),
            message.buttons());
      } else {
        invalid.add(userId);
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("processQueryKey", UUID.randomUUID().toString());
    answer.put("invalidStaffIdList", invalid);
    answer.put("flowControlledStaffIdList", List.of());
    return ResponseEntity.ok(answer);
  }

  @PostMapping("/v1.0/robot/groupMessages/send")
  ResponseEntity<Map<String, Object>> groupSend(
      @RequestHeader(name = "x-acs-dingtalk-access-token", required = false) @Nullable String token,
      @RequestBody JsonNode body) {
    calls.record(SandboxCalls.GROUP_SEND);
    ResponseEntity<Map<String, Object>> refused = checkCall("groupSend", token, body);
    if (refused != null) {
      return refused;
    }
    String conversation = text(body, "openConversationId");
    if (conversation == null || !directory.isAppRobotGroup(conversation)) {
      return error(
          HttpStatus.BAD_REQUEST,
          "invalidParameter.openConversationId.invalid",
          "robot is not a member of this group");
    }
    String param = text(body, "msgParam");
    if (param != null
        && param.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_GROUP_PARAM_BYTES) {
      return error(
          HttpStatus.BAD_REQUEST,
          "invalidParameter.msgParam.overLimit",
          "msgParam exceeds 15000 bytes");
    }
    try {
      SandboxRenderedMessage message =
          SandboxRenderedMessage.fromRobotApi(text(body, "msgKey"), param, json);
      chats.record(
          "group:" + conversation,
          true,
          SandboxMode.ROBOT_CODE,
          message.kind(),
          message.title(),
          message.text(),
          message.buttons());
    } catch (SandboxRenderedMessage.InvalidMessage e) {
      return error(HttpStatus.BAD_REQUEST, e.code, e.getMessage());
    }
    return ResponseEntity.ok(Map.of("processQueryKey", UUID.randomUUID().toString()));
  }

  /** Token, robot code and rate limit, in DingTalk's order; null when the call may proceed. */
  private @Nullable ResponseEntity<Map<String, Object>> checkCall(
      String api, @Nullable String token, JsonNode body) {
    if (token == null || token.isBlank()) {
      return error(
          HttpStatus.UNAUTHORIZED, "AuthenticationFailed.MissingParameter", "missing access token");
    }
    if (!tokens.isValid(token)) {
      return error(HttpStatus.BAD_REQUEST, "InvalidAuthentication", "invalid access_token");
    }
    String robotCode = text(body, "robotCode");
    if (robotCode == null || robotCode.isBlank()) {
      return error(
          HttpStatus.BAD_REQUEST, "invalidParameter.robotCode.empty", "robotCode is empty");
    }
    if (!SandboxMode.ROBOT_CODE.equals(robotCode)) {
      return error(
          HttpStatus.BAD_REQUEST,
          "invalidParameter.robotCode.auth",
          "appkey does not own robotCode");
    }
    int outage = faults.take(api);
    if (outage != 0) {
      return error(
          HttpStatus.valueOf(outage), "ServiceUnavailable", "the sandbox is simulating an outage");
    }
    if (!qps.tryAcquire(api)) {
      return error(
          HttpStatus.FORBIDDEN,
          "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi",
          "qps limit for appkey and api");
    }
    return null;
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static ResponseEntity<Map<String, Object>> error(
      HttpStatus status, String code, String message) {
    return ResponseEntity.status(status)
        .body(Map.of("code", code, "message", message, "requestid", UUID.randomUUID().toString()));
  }
}
