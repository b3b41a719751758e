package com.chenbao.dingtalk.inbound;

import com.chenbao.dingtalk.DingTalkProperties;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.messaging.InboundReplier;
import com.chenbao.messaging.InboundReply;
import com.chenbao.messaging.InboundReplyFailedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replies through the message's session webhook (custom-robot JSON, no token, no quota) while it is
 * valid, else by a 1:1 robot message through {@link InboundDirectMessageSender}. The webhook URL is
 * a bearer credential for the conversation: it is never logged or put in an exception message.
 */
@Component
class SessionWebhookReplier implements InboundReplier {

  private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final Clock clock;
  private final ObjectProvider<InboundDirectMessageSender> directSender;

  SessionWebhookReplier(
      DingTalkProperties properties,
      Clock clock,
      ObjectProvider<InboundDirectMessageSender> directSender) {
    // Our own client, not a shared bean: the outbound adapter may define its own OkHttpClient bean.
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(properties.connectTimeout())
            .readTimeout(properties.readTimeout())
            .build();
    this.clock = clock;
    this.directSender = directSender;
  }

  @Override
  public void reply(InboundChatMessage to, InboundReply reply) {
    if (to.canReplyInSession(clock.instant())) {
      post(to.sessionWebhook(), body(reply));
      return;
    }
    if (to.senderUserId() == null) {
      throw new IllegalStateException(
          "Message " + to.msgId() + ": session webhook expired and the sender has no userId");
    }
    InboundDirectMessageSender sender = directSender.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException(
          "Message "
              + to.msgId()
              + ": session webhook expired and no InboundDirectMessageSender is configured");
    }
    sender.replyTo(to, reply);
  }

  /**
   * Custom-robot JSON, fields in a fixed order: {@code {"msgtype":"text","text":{"content":...}}}
   * or markdown.
   */
  static String body(InboundReply reply) {
    ObjectNode body = JSON.createObjectNode();
    switch (reply.format()) {
      case TEXT -> body.put("msgtype", "text").putObject("text").put("content", reply.text());
      case MARKDOWN ->
          body.put("msgtype", "markdown")
              .putObject("markdown")
              .put("title", reply.title())
              .put("text", reply.text());
    }
    return body.toString();
  }

  private void post(String webhook, String json) {
    Request request =
        new Request.Builder().url(webhook).post(RequestBody.create(json, JSON_UTF8)).build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw new InboundReplyFailedException(
            -1, "Session webhook answered HTTP " + response.code());
      }
      checkErrcode(text);
    } catch (IOException e) {
      throw new InboundReplyFailedException(
          -1, "Session webhook unreachable: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * The webhook answers HTTP 200 with {@code {"errcode":0,"errmsg":"ok"}}; anything else is a
   * refusal.
   */
  private static void checkErrcode(String text) {
    JsonNode answer;
    try {
      answer = JSON.readTree(text.isEmpty() ? "{}" : text);
    } catch (IOException e) {
      throw new InboundReplyFailedException(
          -1, "Session webhook answered something that is not JSON", e);
    }
    long errcode = answer.path("errcode").asLong(-1);
    if (errcode != 0) {
      throw new InboundReplyFailedException(
          errcode,
          "Session webhook refused the reply: errcode "
              + errcode
              + " "
              + answer.path("errmsg").asText(""));
    }
  }
}
