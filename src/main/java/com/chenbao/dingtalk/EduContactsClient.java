package com.chenbao.dingtalk;

import com.chenbao.dingtalk.DingTalkApiException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The home-school contacts read APIs, old style ({@code POST oapi/topapi/edu/...?access_token=},
 * snake_case JSON, HTTP 200 with {@code errcode}; doc section 7), one request each through {@link
 * OpenApiCaller}: cached token, per-API rate limit, call accounting and retries of throttled and
 * 5xx answers. These are reads, so an answer lost on the way (read timeout) is retried as well; a
 * refusal (permission, parameter) is not.
 */
final class EduContactsClient {

  static final String DEPT_LIST = "topapi/edu/dept/list";
  static final String USER_LIST = "topapi/edu/user/list";
  static final String USER_GET = "topapi/edu/user/get";
  static final String RELATION_LIST = "topapi/edu/user/relation/list";

  /** The edu list APIs take 1..30 per page. */
  static final int PAGE_SIZE = 30;

  /** 88 + sub_code 40014 / 40014: invalid token; 42001: expired; 40000: blank. */
  static final Set<Integer> TOKEN_CODES = Set.of(40014, 42001, 40000, 40001);

  /** 90018 app+API QPS, 90002 platform QPS; -1 "system busy". */
  static final Set<Integer> RETRY_CODES = Set.of(90018, 90002, -1);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl oapiBase;
  private final OpenApiCaller caller;

  EduContactsClient(OkHttpClient http, HttpUrl oapiBase, OpenApiCaller caller) {
    this.http = http;
    this.oapiBase = oapiBase;
    this.caller = caller;
  }

  static ObjectNode body() {
    return MAPPER.createObjectNode();
  }

  /**
   * Calls {@code api} with {@code body}; returns the answer's {@code result}. Throws {@link
   * DingTalkApiException}.
   */
  JsonNode call(String api, ObjectNode body) {
    String json = body.toString();
    return caller.withToken(api, token -> post(api, token, json));
  }

  private JsonNode post(String api, String token, String json) {
    HttpUrl.Builder url = oapiBase.newBuilder();
    for (String segment : api.split("/")) {
      url.addPathSegment(segment);
    }
    Request request =
        new Request.Builder()
            .url(url.addQueryParameter("access_token", token).build())
            .post(RequestBody.create(json, WebhookRobotClient.JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      if (response.code() != 200) {
        throw SdkErrors.fromHttp(response.code(), "HTTP" + response.code(), abbreviate(text), null);
      }
      return result(text);
    } catch (IOException e) {
      DingTalkApiException failure = SdkErrors.network(e);
      // A read changes nothing at DingTalk, so "the answer was lost" is as safe to retry as "never
      // sent".
      throw failure.kind() == Kind.OUTCOME_UNKNOWN
          ? new DingTalkApiException(0, failure.code(), failure.getMessage(), Kind.TRANSIENT, e)
          : failure;
    }
  }

  private static JsonNode result(String text) {
    JsonNode json;
    try {
      json = MAPPER.readTree(text);
    } catch (IOException e) {
      // A proxy page or the per-IP block page (doc section 6): worth another try later.
      throw new DingTalkApiException(200, "NonJsonResponse", abbreviate(text), Kind.TRANSIENT);
    }
    if (!json.path("errcode").canConvertToInt()) {
      throw new DingTalkApiException(200, "NoErrcode", abbreviate(text), Kind.REJECTED);
    }
    int errcode = json.path("errcode").asInt();
    if (errcode == 0) {
      return json.path("result");
    }
    int subCode = json.path("sub_code").asInt(0);
    String message = json.path("errmsg").asText("");
    Kind kind =
        TOKEN_CODES.contains(errcode) || (errcode == 88 && TOKEN_CODES.contains(subCode))
            ? Kind.INVALID_TOKEN
            : RETRY_CODES.contains(errcode) ? Kind.THROTTLED : Kind.REJECTED;
    throw new DingTalkApiException(200, Integer.toString(errcode), message, kind);
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
