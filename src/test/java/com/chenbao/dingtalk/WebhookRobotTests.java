package com.chenbao.dingtalk;

import static com.chenbao.dingtalk.DingTalkFakes.json;
import static com.chenbao.dingtalk.RobotBatchSendTests.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.dingtalk.DingTalkFakes.TestAdapter;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat.WebhookRobotGroup;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.ActionCard;
import com.chenbao.messaging.OutboundMessage.LinkButton;
import com.chenbao.messaging.OutboundMessage.ReplyButton;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Custom webhook robots: signing, bodies, errcodes, and the 20 messages per minute limit. */
class WebhookRobotTests {

  static final String SECRET =
      "SECb1f0c5d2e3a4978695a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2";

  MockWebServer server = new MockWebServer();
  TestAdapter adapter;
  WebhookRobotGroup robot;

  @BeforeEach
  void start() throws Exception {
    server.start();
    adapter = new TestAdapter(server);
    robot =
        new WebhookRobotGroup(
            server.url("/robot/send?access_token=abc123token").toString(), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    adapter.gateway.close();
    server.shutdown();
  }

  @Test
  void signsEachCallAsDingTalkVerifiesIt() throws Exception {
    server.enqueue(json(200, "webhook-robot-send/ok.json"));

    GroupSendResult result =
        adapter.gateway.sendToGroup(robot, new OutboundMessage.Text("今日晨报已汇总"));

    RecordedRequest request = server.takeRequest();
    HttpUrl url = request.getRequestUrl();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(url.encodedPath()).isEqualTo("/robot/send");
    assertThat(url.queryParameter("access_token")).isEqualTo("abc123token");
    String timestamp = url.queryParameter("timestamp");
    assertThat(Long.parseLong(timestamp)).isEqualTo(adapter.clock.millis());
    // Recompute as DingTalk does: HmacSHA256(secret, timestamp + "\n" + secret), Base64; the query
    // is URL-decoded.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        Base64.getEncoder()
            .encodeToString(
                mac.doFinal((timestamp + "\n" + SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(url.queryParameter("sign")).isEqualTo(expected);
    // On the wire the Base64 value is URL-encoded ('+', '/', '=' percent-escaped).
    assertThat(url.encodedQuery())
        .contains("sign=" + java.net.URLEncoder.encode(expected, StandardCharsets.UTF_8))
        .doesNotContain("+");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
    JsonNode body = body(request);
    assertThat(body.get("msgtype").asText()).isEqualTo("text");
    assertThat(body.get("text").get("content").asText()).isEqualTo("今日晨报已汇总");
    assertThat(result.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(result.processQueryKeys()).isEmpty();
    assertThat(adapter.countedCalls).as("webhook robots are not OpenAPI calls").isEmpty();
  }

  @Test
  void unsignedRobotsGetTheirUrlAsIs() throws Exception {
    server.enqueue(json(200, "webhook-robot-send/ok.json"));
    adapter.gateway.sendToGroup(
        new WebhookRobotGroup(robot.url(), null), new OutboundMessage.Markdown("t", "x"));
    assertThat(server.takeRequest().getRequestUrl().queryParameterNames())
        .containsExactly("access_token");
  }

  @Test
  void actionCardBodyCarriesButtonsAsBtns() throws Exception {
    server.enqueue(json(200, "webhook-robot-send/ok.json"));

    adapter.gateway.sendToGroup(
        robot,
        new ActionCard(
            "晨检",
            "请选择",
            List.of(
                new ReplyButton("全家正常", "全家 正常"), new LinkButton("详情", "https://example.org/d"))));

    JsonNode card = body(server.takeRequest()).get("actionCard");
    assertThat(card.get("title").asText()).isEqualTo("晨检");
    assertThat(card.get("text").asText()).isEqualTo("请选择");
    assertThat(card.get("btns").get(0).get("title").asText()).isEqualTo("全家正常");
    assertThat(card.get("btns").get(0).get("actionURL").asText())
        .isEqualTo(
            "dtmd://dingtalkclient/sendMessage?content=%E5%85%A8%E5%AE%B6%20%E6%AD%A3%E5%B8%B8");
    assertThat(card.get("btns").get(1).get("actionURL").asText())
        .isEqualTo("https://example.org/d");
  }

  @Test
  void securityFailuresAreNotRetriedAndKeepTheErrmsg() {
    server.enqueue(json(200, "webhook-robot-send/sign-not-match.json"));

    GroupSendResult result = adapter.gateway.sendToGroup(robot, new OutboundMessage.Text("x"));

    assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.reason()).contains("310000").contains("sign not match");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unknownTokensAreNotRetried() {
    server.enqueue(json(200, "webhook-robot-send/token-not-exist.json"));
    GroupSendResult result = adapter.gateway.sendToGroup(robot, new OutboundMessage.Text("x"));
    assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.reason()).contains("300001");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void throttledAnswersAreRetriedLaterWithAFreshSignature() throws Exception {
    server.enqueue(json(200, "webhook-robot-send/send-too-fast.json"));
    server.enqueue(json(200, "webhook-robot-send/ok.json"));

    GroupSendResult result = adapter.gateway.sendToGroup(robot, new OutboundMessage.Text("x"));

    assertThat(result.status()).isEqualTo(DeliveryStatus.SENT);
    String firstTs = server.takeRequest().getRequestUrl().queryParameter("timestamp");
    String secondTs = server.takeRequest().getRequestUrl().queryParameter("timestamp");
    assertThat(Long.parseLong(secondTs)).isGreaterThan(Long.parseLong(firstTs));
  }

  @Test
  void theTwentyFirstMessageInAMinuteWaitsInsteadOfBeingDropped() throws Exception {
    IntStream.range(0, 25).forEach(i -> server.enqueue(json(200, "webhook-robot-send/ok.json")));
    long start = adapter.clock.millis();

    List<GroupSendResult> results = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      results.add(adapter.gateway.sendToGroup(robot, new OutboundMessage.Text("msg " + i)));
    }

    assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(DeliveryStatus.SENT));
    assertThat(server.getRequestCount()).isEqualTo(25);
    List<Long> sentAt = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      sentAt.add(
          Long.parseLong(server.takeRequest().getRequestUrl().queryParameter("timestamp")) - start);
    }
    assertThat(sentAt.subList(0, 20)).allSatisfy(t -> assertThat(t).isZero());
    assertThat(sentAt.subList(20, 25))
        .allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(60_000));
    assertThat(adapter.sleeper.sleeps).contains(Duration.ofSeconds(61));
    // No 60-second window (by the senders' clock) holds more than 20 messages.
    for (int i = 0; i + 20 < sentAt.size(); i++) {
      assertThat(sentAt.get(i + 20) - sentAt.get(i)).isGreaterThanOrEqualTo(60_000);
    }
  }

  @Test
  void otherRobotsAreNotHeldUpByABusyOne() {
    IntStream.range(0, 22).forEach(i -> server.enqueue(json(200, "webhook-robot-send/ok.json")));
    for (int i = 0; i < 20; i++) {
      adapter.gateway.sendToGroup(robot, new OutboundMessage.Text("msg " + i));
    }
    WebhookRobotGroup other =
        new WebhookRobotGroup(server.url("/robot/send?access_token=other").toString(), SECRET);
    adapter.gateway.sendToGroup(other, new OutboundMessage.Text("other"));
    assertThat(adapter.sleeper.sleeps).isEmpty();
  }

  @Test
  void secretsAndTokensStayOutOfToString() {
    assertThat(robot.toString()).doesNotContain(SECRET).doesNotContain("abc123token");
  }

  @Test
  void aRobotUrlOnDingTalksOapiHostIsSentToTheConfiguredOapiBaseUrl() throws Exception {
    DingTalkProperties properties =
        DingTalkFakes.properties(server)
            .withBaseUrls(
                java.net.URI.create(server.url("/").toString()),
                java.net.URI.create(server.url("/oapi").toString()));
    TestAdapter configured = new TestAdapter(properties, DingTalkFakes.settings());
    server.enqueue(json(200, "webhook-robot-send/ok.json"));
    try {
      configured.gateway.sendToGroup(
          new WebhookRobotGroup("https://oapi.dingtalk.com/robot/send?access_token=tok9", SECRET),
          new OutboundMessage.Text("x"));
    } finally {
      configured.gateway.close();
    }

    HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.encodedPath()).isEqualTo("/oapi/robot/send");
    assertThat(url.queryParameter("access_token")).isEqualTo("tok9");
    assertThat(url.queryParameter("sign")).isNotBlank();
  }
}
