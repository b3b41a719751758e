package com.chenbao.dingtalk;

import com.chenbao.dingtalk.DingTalkApiException.Kind;
import com.chenbao.messaging.OutboundMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * DingTalk's work notification (gongzuo tongzhi) API, old style: {@code POST
 * topapi/message/corpconversation/asyncsend_v2 ?access_token=..} with {@code agent_id}, {@code
 * userid_list} (comma-separated, at most {@link #MAX_USERS_PER_CALL}) and {@code msg}; HTTP 200
 * with {@code errcode} / {@code errmsg} / {@code task_id}. One call carries one content for all its
 * users. A thin client: token, rate limit, counting and retries are the {@link OpenApiCaller}'s.
 */
final class WorkNotificationClient {

  static final String API = "topapi/message/corpconversation/asyncsend_v2";
  static final int MAX_USERS_PER_CALL = 100;

  /** Invalid or expired access token (88 comes with sub_code 40014 on newer endpoints). */
  private static final Set<Integer> TOKEN_CODES = Set.of(40014, 40000, 88, 42001);

  /** Per app and API, platform-wide per API, and the sending system's own "busy". */
  private static final Set<Integer> THROTTLE_CODES = Set.of(90018, 90002, -1);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl oapiBase;
  private final OpenApiCaller caller;
  private final long agentId;

  WorkNotificationClient(OkHttpClient http, HttpUrl oapiBase, OpenApiCaller caller, long agentId) {
    this.http = http;
    this.oapiBase = oapiBase;
    this.caller = caller;
    this.agentId = agentId;
  }

  /** Sends one notification to up to 100 users; returns DingTalk's task id. Throws on failure. */
  String send(List<String> userIds, OutboundMessage message) {
    if (userIds.isEmpty() || userIds.size() > MAX_USERS_PER_CALL) {
      throw new IllegalArgumentException(
          "a work notification goes to 1.." + MAX_USERS_PER_CALL + " users, not " + userIds.size());
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("agent_id", agentId);
    body.put("userid_list", String.join(",", userIds));
    body.set("msg", msg(message));
    String json = body.toString();
    return caller.withToken(API, token -> post(token, json));
  }

  /** The {@code msg} object: text, markdown, or an action card whose buttons open URLs. */
  static ObjectNode msg(OutboundMessage message) {
    ObjectNode msg = JSON.createObjectNode();
    if (message instanceof OutboundMessage.Text text) {
      msg.put("msgtype", "text").putObject("text").put("content", text.content());
    } else if (message instanceof OutboundMessage.Markdown md) {
      msg.put("msgtype", "markdown")
          .putObject("markdown")
          .put("title", md.title())
          .put("text", md.text());
    } else if (message instanceof OutboundMessage.ActionCard card) {
      // One-tap reply buttons send text into a robot chat, which a work notification does not have:
      // left out.
      List<OutboundMessage.LinkButton> links =
          card.buttons().stream()
              .filter(OutboundMessage.LinkButton.class::isInstance)
              .map(OutboundMessage.LinkButton.class::cast)
              .toList();
      if (links.isEmpty()) {
        msg.put("msgtype", "markdown")
            .putObject("markdown")
            .put("title", card.title())
            .put("text", card.text());
      } else {
        ObjectNode ac = msg.put("msgtype", "action_card").putObject("action_card");
        ac.put("title", card.title()).put("markdown", card.text());
        if (links.size() == 1) {
          ac.put("single_title", links.get(0).title()).put("single_url", links.get(0).url());
        } else {
          ac.put("btn_orientation", "0");
          ArrayNode buttons = ac.putArray("btn_json_list");
          links.forEach(
              l -> buttons.addObject().put("title", l.title()).put("action_url", l.url()));
        }
      }
    }
    return msg;
  }

  private String post(String token, String json) {
    HttpUrl url =
        oapiBase.newBuilder().addPathSegments(API).addQueryParameter("access_token", token).build();
    Request request =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(json, WebhookRobotClient.JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      if (response.code() != 200) {
        throw SdkErrors.fromHttp(response.code(), "HTTP" + response.code(), abbreviate(text), null);
      }
      return taskIdOf(text);
    } catch (IOException e) {
      throw SdkErrors.network(e);
    }
  }

  private static String taskIdOf(String text) {
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (IOException e) {
      throw new DingTalkApiException(200, "NonJsonResponse", abbreviate(text), Kind.REJECTED);
    }
    int errcode = json.path("errcode").asInt(-2);
    if (errcode == 0 && json.hasNonNull("task_id")) {
      return json.path("task_id").asText();
    }
    int sub = json.path("sub_code").asInt(0);
    Kind kind =
        TOKEN_CODES.contains(errcode) && (errcode != 88 || sub == 40014)
            ? Kind.INVALID_TOKEN
            : THROTTLE_CODES.contains(errcode)
                ? Kind.THROTTLED
                : errcode == 15 ? Kind.OUTCOME_UNKNOWN : Kind.REJECTED;
    throw new DingTalkApiException(
        200, Integer.toString(errcode), json.path("errmsg").asText(""), kind);
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
