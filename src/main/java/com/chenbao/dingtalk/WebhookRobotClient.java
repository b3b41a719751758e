package com.chenbao.dingtalk;

import com.chenbao.dingtalk.DingTalkApiException.Kind;
import com.chenbao.messaging.GroupChat.WebhookRobotGroup;
import com.chenbao.messaging.OutboundMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Posts to a school's custom webhook robot (an oapi-style endpoint: HTTP 200 with errcode/errmsg).
 * Signs the URL when the robot has a secret, waits for the per-robot limit, and retries throttled
 * and 5xx answers within the budget. Not an OpenAPI call, so it is not counted against the monthly
 * quota. URLs and secrets are never logged.
 */
final class WebhookRobotClient {

  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** 130101 send too fast, 660026 too many per minute, 410100 rate limited. */
  static final Set<Integer> THROTTLE_CODES = Set.of(130101, 660026, 410100);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Webhook robots documented at this host are sent to the configured oapi base URL instead. */
  static final String DINGTALK_OAPI_HOST = "oapi.dingtalk.com";

  private final OkHttpClient http;
  private final HttpUrl oapiBase;
  private final Clock clock;
  private final WebhookRobotLimiter limiter;
  private final Retrier retrier;

  WebhookRobotClient(
      OkHttpClient http,
      HttpUrl oapiBase,
      Clock clock,
      WebhookRobotLimiter limiter,
      Retrier retrier) {
    this.http = http;
    this.oapiBase = oapiBase;
    this.clock = clock;
    this.limiter = limiter;
    this.retrier = retrier;
  }

  /**
   * Sends one message (already within {@link WebhookMessages#BODY_LIMIT_BYTES}); throws on failure.
   */
  void send(WebhookRobotGroup robot, OutboundMessage message) {
    String body = WebhookMessages.bodyOf(message);
    retrier.run(
        "webhook robot send",
        () -> {
          awaitRobot(robot);
          return post(signedUrl(robot), body);
        });
  }

  HttpUrl signedUrl(WebhookRobotGroup robot) {
    HttpUrl url = onConfiguredOapiHost(HttpUrl.parse(robot.url()));
    if (robot.secret() == null || robot.secret().isBlank()) {
      return url;
    }
    long timestamp = clock.millis();
    return url.newBuilder()
        .addQueryParameter("timestamp", Long.toString(timestamp))
        .addEncodedQueryParameter(
            "sign", DingTalkSignature.urlEncodedSign(timestamp, robot.secret()))
        .build();
  }

  /**
   * A school file holds the robot's URL as DingTalk shows it ({@code
   * https://oapi.dingtalk.com/robot/send?access_token=...}). Like every other oapi call it goes to
   * {@code chenbao.dingtalk.oapi-base-url}, which is that same host in production and the sandbox
   * or a test server elsewhere. URLs on any other host are used as they are.
   */
  private HttpUrl onConfiguredOapiHost(@Nullable HttpUrl url) {
    if (url == null) {
      throw new DingTalkApiException(0, "InvalidWebhookUrl", "not an http(s) URL", Kind.REJECTED);
    }
    if (!url.host().equals(DINGTALK_OAPI_HOST)) {
      return url;
    }
    HttpUrl.Builder moved = oapiBase.newBuilder();
    for (String segment : url.encodedPathSegments()) {
      if (!segment.isEmpty()) {
        moved.addEncodedPathSegment(segment);
      }
    }
    return moved.encodedQuery(url.encodedQuery()).build();
  }

  private boolean post(HttpUrl url, String body) {
    Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      if (response.code() != 200) {
        throw SdkErrors.fromHttp(response.code(), "HTTP" + response.code(), abbreviate(text), null);
      }
      checkErrcode(text);
      return true;
    } catch (IOException e) {
      throw SdkErrors.network(e);
    }
  }

  private static void checkErrcode(String text) {
    JsonNode json;
    try {
      json = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new DingTalkApiException(200, "NonJsonResponse", abbreviate(text), Kind.REJECTED);
    }
    int errcode = json.path("errcode").asInt(-1);
    if (errcode == 0) {
      return;
    }
    // 310000 (security check: keywords / sign / IP, see errmsg), 300001/300005 (token does not
    // exist): not retryable.
    Kind kind = THROTTLE_CODES.contains(errcode) ? Kind.THROTTLED : Kind.REJECTED;
    throw new DingTalkApiException(
        200, Integer.toString(errcode), json.path("errmsg").asText(""), kind);
  }

  private void awaitRobot(WebhookRobotGroup robot) {
    try {
      limiter.acquire(robot.url());
    } catch (InterruptedException e) {
      throw Retrier.interrupted();
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
