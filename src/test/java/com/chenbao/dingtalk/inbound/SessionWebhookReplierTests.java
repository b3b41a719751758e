package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.dingtalk.DingTalkProperties;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundChatMessage.ConversationType;
import com.chenbao.messaging.InboundChatMessage.MsgType;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.messaging.InboundReply;
import com.chenbao.messaging.InboundReplyFailedException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class SessionWebhookReplierTests {

  private static final Instant NOW = Instant.parse("2026-03-02T22:40:00Z");

  private final MockWebServer dingtalk = new MockWebServer();
  private final List<String> direct = new ArrayList<>();
  private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
  private SessionWebhookReplier replier;

  @BeforeEach
  void start() throws Exception {
    dingtalk.start();
    DingTalkProperties properties =
        new DingTalkProperties(
            URI.create("http://a"),
            URI.create("http://o"),
            null,
            null,
            null,
            DingTalkProperties.Inbound.HTTP,
            20,
            10000,
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    replier =
        new SessionWebhookReplier(
            properties,
            Clock.fixed(NOW, ZoneOffset.UTC),
            beans.getBeanProvider(InboundDirectMessageSender.class));
  }

  @AfterEach
  void stop() throws Exception {
    dingtalk.shutdown();
  }

  private void withDirectSender() {
    beans.registerSingleton(
        "direct",
        (InboundDirectMessageSender) (userId, reply) -> direct.add(userId + ":" + reply.text()));
  }

  private InboundChatMessage message(String userId, Instant expiry) {
    return new InboundChatMessage(
        "m1",
        MsgType.TEXT,
        "36.5",
        userId,
        "",
        ConversationType.ONE_TO_ONE,
        "cid",
        NOW,
        dingtalk.url("/robot/sendBySession?session=s1").toString(),
        expiry,
        "{}");
  }

  @Test
  void postsCustomRobotTextJsonToTheSessionWebhook() throws Exception {
    dingtalk.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));

    replier.reply(message("u1", NOW.plusSeconds(60)), InboundReply.text("收到"));

    RecordedRequest request = dingtalk.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/robot/sendBySession?session=s1");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"收到\"}}");
  }

  @Test
  void postsMarkdownWithItsTitle() throws Exception {
    dingtalk.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));

    replier.reply(message("u1", NOW.plusSeconds(60)), InboundReply.markdown("晨报", "**36.5**"));

    assertThat(dingtalk.takeRequest().getBody().readUtf8())
        .isEqualTo(
            "{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"晨报\",\"text\":\"**36.5**\"}}");
  }

  @Test
  void anErrcodeOrHttpErrorIsAFailureWithTheCodeButNotTheUrl() {
    dingtalk.enqueue(
        new MockResponse().setBody("{\"errcode\":310000,\"errmsg\":\"sign not match\"}"));
    dingtalk.enqueue(new MockResponse().setResponseCode(502).setBody("bad gateway"));
    InboundChatMessage m = message("u1", NOW.plusSeconds(60));

    assertThatThrownBy(() -> replier.reply(m, InboundReply.text("x")))
        .isInstanceOfSatisfying(
            InboundReplyFailedException.class, e -> assertThat(e.errcode()).isEqualTo(310000))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("session=s1"));
    assertThatThrownBy(() -> replier.reply(m, InboundReply.text("x")))
        .isInstanceOf(InboundReplyFailedException.class)
        .hasMessageContaining("502");
  }

  @Test
  void anExpiredWebhookFallsBackToADirectMessage() {
    withDirectSender();

    replier.reply(message("u1", NOW), InboundReply.text("收到"));

    assertThat(direct).containsExactly("u1:收到");
    assertThat(dingtalk.getRequestCount()).isZero();
  }

  @Test
  void anExpiredWebhookWithoutSenderIdOrSenderIsAnError() {
    assertThatThrownBy(
            () -> replier.reply(message("u1", NOW.minusSeconds(1)), InboundReply.text("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("InboundDirectMessageSender");
    withDirectSender();
    assertThatThrownBy(
            () -> replier.reply(message(null, NOW.minusSeconds(1)), InboundReply.text("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no userId");
    assertThat(direct).isEmpty();
  }
}
