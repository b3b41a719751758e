package com.chenbao.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A DingTalk stand-in that enforces what DingTalk does: at most {@code limit} calls of one app and
 * API in any one second (sliding window, stricter than counting per calendar second); beyond it
 * HTTP 403 {@code Forbidden.AccessDenied.QpsLimitForAppkeyAndApi} (docs/dingtalk-api.md section 6).
 * Tokens are {@code tok-<appKey>} for the apps it knows, so each call is charged to the app whose
 * token it carries.
 */
final class QpsEnforcingDingTalk extends Dispatcher {

  /** One call as the fake saw it. */
  record Call(String path, String appKey, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int limit;
  private final Map<String, String> secretsByAppKey;
  private final Map<String, Deque<Long>> arrivals = new ConcurrentHashMap<>();
  final AtomicInteger throttled = new AtomicInteger();
  final List<Call> calls = new CopyOnWriteArrayList<>();
  final List<Call> tokenRequests = new CopyOnWriteArrayList<>();

  QpsEnforcingDingTalk(int limit, Map<String, String> secretsByAppKey) {
    this.limit = limit;
    this.secretsByAppKey = Map.copyOf(secretsByAppKey);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath() == null ? "" : request.getPath();
    JsonNode body = body(request);
    if (path.startsWith("/v1.0/oauth2/accessToken")) {
      String appKey = body.path("appKey").asText();
      tokenRequests.add(new Call(path, appKey, body));
      if (!body.path("appSecret").asText().equals(secretsByAppKey.get(appKey))) {
        return json(
            400, "{\"code\":\"invalidClientIdOrSecret\",\"message\":\"bad app key or secret\"}");
      }
      return json(200, "{\"accessToken\":\"tok-" + appKey + "\",\"expireIn\":7200}");
    }
    String token = request.getHeader("x-acs-dingtalk-access-token");
    if (token == null
        || !token.startsWith("tok-")
        || !secretsByAppKey.containsKey(token.substring(4))) {
      return json(401, "{\"code\":\"InvalidAuthentication\",\"message\":\"bad token\"}");
    }
    String appKey = token.substring(4);
    if (!admit(appKey + " " + path)) {
      throttled.incrementAndGet();
      return json(
          403,
          "{\"code\":\"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi\",\"message\":\"too fast\"}");
    }
    calls.add(new Call(path, appKey, body));
    return path.contains("groupMessages")
        ? json(200, "{\"processQueryKey\":\"gq-" + calls.size() + "\"}")
        : json(
            200,
            "{\"processQueryKey\":\"q-"
                + calls.size()
                + "\",\"invalidStaffIdList\":[],"
                + "\"flowControlledStaffIdList\":[]}");
  }

  /**
   * Admits the call if fewer than {@code limit} of the same app and API arrived in the last second.
   */
  private boolean admit(String appAndApi) {
    Deque<Long> window = arrivals.computeIfAbsent(appAndApi, key -> new ArrayDeque<>());
    synchronized (window) {
      long now = System.nanoTime();
      while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
        window.pollFirst();
      }
      if (window.size() >= limit) {
        return false;
      }
      window.addLast(now);
      return true;
    }
  }

  private static JsonNode body(RecordedRequest request) {
    try {
      String text = request.getBody().readUtf8();
      return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json;charset=utf-8")
        .setBody(body);
  }
}
