package com.chenbao.dingtalk;

import static com.chenbao.dingtalk.DingTalkFakes.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.dingtalk.DingTalkFakes.TestAdapter;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.ActionCard;
import com.chenbao.messaging.OutboundMessage.LinkButton;
import com.chenbao.messaging.OutboundMessage.ReplyButton;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 1:1 robot messages against a MockWebServer answering with DingTalk's documented bodies. */
class RobotBatchSendTests {

  static final String TOKEN_PATH = "/v1.0/oauth2/accessToken";
  static final String BATCH_PATH = "/v1.0/robot/oToMessages/batchSend";
  static final ObjectMapper JSON = new ObjectMapper();

  MockWebServer server = new MockWebServer();
  TestAdapter adapter;

  @BeforeEach
  void start() throws Exception {
    server.start();
    adapter = new TestAdapter(server);
  }

  @AfterEach
  void stop() throws Exception {
    adapter.gateway.close();
    server.shutdown();
  }

  @Test
  void sendsMarkdownWithTheExactRequestDingTalkDocuments() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(
            List.of("u1", "u2"), new OutboundMessage.Markdown("晨检提醒", "## 今日晨检\n请回复体温"));

    RecordedRequest token = server.takeRequest();
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getPath()).isEqualTo(TOKEN_PATH);
    JsonNode credentials = body(token);
    assertThat(credentials.get("appKey").asText()).isEqualTo(DingTalkFakes.APP_KEY);
    assertThat(credentials.get("appSecret").asText()).isEqualTo(DingTalkFakes.APP_SECRET);

    RecordedRequest send = server.takeRequest();
    assertThat(send.getMethod()).isEqualTo("POST");
    assertThat(send.getPath()).isEqualTo(BATCH_PATH);
    assertThat(send.getHeader("x-acs-dingtalk-access-token"))
        .isEqualTo("fc2c0a8e5a1e3b3c9f6f3f5d2a8b7c61");
    assertThat(send.getHeader("Content-Type")).startsWith("application/json");
    JsonNode body = body(send);
    assertThat(body.get("robotCode").asText()).isEqualTo(DingTalkFakes.ROBOT_CODE);
    assertThat(body.get("msgKey").asText()).isEqualTo("sampleMarkdown");
    assertThat(texts(body.get("userIds"))).containsExactly("u1", "u2");
    assertThat(body.get("msgParam").isTextual())
        .as("msgParam is a JSON string, not an object")
        .isTrue();
    assertThat(body.get("msgParam").asText())
        .isEqualTo("{\"title\":\"晨检提醒\",\"text\":\"## 今日晨检\\n请回复体温\"}");

    assertThat(result.recipients()).extracting(r -> r.status()).containsOnly(DeliveryStatus.SENT);
    assertThat(result.of("u1").processQueryKey())
        .isEqualTo("Vh6Y5UJ0lR3rQhQk0dQ+2a4sRkq0X8QiB3bXK4f3cA0=");
    assertThat(adapter.countedCalls).containsExactly("robot/oToMessages/batchSend");
  }

  @Test
  void packsTwentyRecipientsPerCallAndFetchesTheTokenOnce() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    IntStream.range(0, 3).forEach(i -> server.enqueue(json(200, "robot-batchSend/ok.json")));
    List<String> users = IntStream.rangeClosed(1, 45).mapToObj(i -> "u" + i).toList();

    BatchSendResult result = adapter.gateway.sendToUsers(users, new OutboundMessage.Text("早上好"));

    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    List<Integer> batchSizes = new ArrayList<>();
    List<String> sentTo = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordedRequest send = server.takeRequest();
      assertThat(send.getPath()).isEqualTo(BATCH_PATH);
      JsonNode body = body(send);
      assertThat(body.get("msgParam").asText()).isEqualTo("{\"content\":\"早上好\"}");
      List<String> ids = texts(body.get("userIds"));
      batchSizes.add(ids.size());
      sentTo.addAll(ids);
    }
    assertThat(batchSizes).containsExactlyInAnyOrder(20, 20, 5);
    assertThat(sentTo).containsExactlyInAnyOrderElementsOf(users);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(result.userIdsWith(DeliveryStatus.SENT)).containsExactlyElementsOf(users);
  }

  @Test
  void concurrentSendersShareOneTokenFetch() throws Exception {
    server.setDispatcher(
        new okhttp3.mockwebserver.Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getPath().equals(TOKEN_PATH)) {
              return json(200, "oauth2-accessToken/ok.json")
                  .setBodyDelay(200, TimeUnit.MILLISECONDS);
            }
            return json(200, "robot-batchSend/ok.json");
          }
        });
    List<Thread> threads = new ArrayList<>();
    List<BatchSendResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < 10; i++) {
      String user = "u" + i;
      Thread thread =
          new Thread(
              () ->
                  results.add(
                      adapter.gateway.sendToUsers(List.of(user), new OutboundMessage.Text("hi"))));
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    List<String> paths = new ArrayList<>();
    for (int i = 0; i < server.getRequestCount(); i++) {
      paths.add(server.takeRequest().getPath());
    }
    assertThat(paths).filteredOn(TOKEN_PATH::equals).hasSize(1);
    assertThat(paths).filteredOn(BATCH_PATH::equals).hasSize(10);
    assertThat(results)
        .hasSize(10)
        .allSatisfy(r -> assertThat(r.recipients().get(0).status()).isEqualTo(DeliveryStatus.SENT));
  }

  @Test
  void refusedTokenIsRefetchedOnceAndTheCallRetried() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(400, "errors/invalid-authentication.json"));
    server.enqueue(json(200, "oauth2-accessToken/ok-second.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    assertThat(server.takeRequest().getHeader("x-acs-dingtalk-access-token"))
        .isEqualTo("fc2c0a8e5a1e3b3c9f6f3f5d2a8b7c61");
    assertThat(server.takeRequest().getPath()).isEqualTo(TOKEN_PATH);
    assertThat(server.takeRequest().getHeader("x-acs-dingtalk-access-token"))
        .isEqualTo("0d4e9f7b2c1a45e8b3f6a9c8d7e6f501");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aTokenRefusedTwiceFailsWithoutLooping() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(401, "errors/invalid-authentication.json"));
    server.enqueue(json(200, "oauth2-accessToken/ok-second.json"));
    server.enqueue(json(401, "errors/invalid-authentication.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.of("u1").reason()).contains("InvalidAuthentication");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void invalidStaffAreUndeliverableAndTheOthersSent() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-batchSend/invalid-staff.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1", "u-gone"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u-gone").status()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(result.of("u1").processQueryKey()).isEqualTo("pqk-invalid-1");
  }

  @Test
  void flowControlledRecipientsAreSentAgainLater() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-batchSend/flow-controlled.json"));
    server.enqueue(json(200, "robot-batchSend/flow-controlled-retry-ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1", "u2", "u3"), new OutboundMessage.Text("hi"));

    server.takeRequest();
    assertThat(texts(body(server.takeRequest()).get("userIds"))).containsExactly("u1", "u2", "u3");
    assertThat(texts(body(server.takeRequest()).get("userIds"))).containsExactly("u2", "u3");
    assertThat(adapter.sleeper.sleeps).contains(Duration.ofSeconds(20));
    assertThat(result.of("u1").processQueryKey()).isEqualTo("pqk-flow-1");
    assertThat(result.of("u2").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(result.of("u2").processQueryKey()).isEqualTo("pqk-flow-2");
  }

  @Test
  void recipientsStillFlowControlledAfterTheRetriesAreReportedSo() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    IntStream.range(0, 3)
        .forEach(i -> server.enqueue(json(200, "robot-batchSend/flow-controlled.json")));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1", "u2", "u3"), new OutboundMessage.Text("hi"));

    assertThat(server.getRequestCount())
        .isEqualTo(4); // first send + 2 retries (flowControlRetries = 2)
    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(result.userIdsWith(DeliveryStatus.FLOW_CONTROLLED)).containsExactly("u2", "u3");
  }

  @Test
  void qpsThrottlingIsRetriedAfterABackoff() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(403, "errors/qps-limit.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(adapter.sleeper.sleeps)
        .anySatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoff() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(503, "errors/service-unavailable.json"));
    server.enqueue(json(503, "errors/service-unavailable.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(server.getRequestCount()).isEqualTo(4);
    List<Duration> backoffs =
        adapter.sleeper.sleeps.stream().filter(d -> d.toMillis() >= 500).toList();
    assertThat(backoffs).hasSize(2);
    assertThat(backoffs.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(backoffs.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(adapter.countedCalls).hasSize(3); // answered attempts count against the quota
  }

  @Test
  void persistentServerErrorsGiveUpWithinTheBudget() {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    IntStream.range(0, 20)
        .forEach(i -> server.enqueue(json(503, "errors/service-unavailable.json")));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.of("u1").reason()).contains("503").contains("ServiceUnavailable");
    long slept = adapter.sleeper.sleeps.stream().mapToLong(Duration::toMillis).sum();
    assertThat(slept).isLessThanOrEqualTo(Duration.ofMinutes(2).toMillis());
    assertThat(server.getRequestCount()).isBetween(4, 12);
  }

  @Test
  void readTimeoutAfterTheRequestLeftIsUnknownAndNotResent() throws Exception {
    adapter.gateway.close();
    adapter =
        new TestAdapter(
            DingTalkFakes.properties(
                URI.create(server.url("/").toString()), Duration.ofMillis(400)),
            DingTalkFakes.settings());
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1", "u2"), new OutboundMessage.Text("hi"));

    assertThat(result.recipients())
        .extracting(r -> r.status())
        .containsOnly(DeliveryStatus.UNKNOWN);
    assertThat(server.getRequestCount()).isEqualTo(2); // token + exactly one batchSend
    assertThat(adapter.countedCalls).hasSize(1);
  }

  @Test
  void parameterErrorsFailWithTheCodeAndAreNotRetried() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(400, "errors/invalid-parameter.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.of("u1").reason())
        .contains("HTTP 400")
        .contains("invalidParameter.userIds.overMax");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void actionCardButtonsBecomeTemplateFieldsAndOneTapRepliesBecomeSendMessageLinks()
      throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    adapter.gateway.sendToUsers(
        List.of("u1"),
        new ActionCard(
            "晨检",
            "孩子今天身体如何？",
            List.of(
                new ReplyButton("全家正常", "全家正常"),
                new LinkButton("填写详情", "https://example.org/f?id=1"))));
    adapter.gateway.sendToUsers(
        List.of("u1"),
        new ActionCard("晨检", "正文", List.of(new LinkButton("打开", "https://example.org/a"))));

    server.takeRequest();
    JsonNode two = body(server.takeRequest());
    assertThat(two.get("msgKey").asText()).isEqualTo("sampleActionCard2");
    JsonNode param = JSON.readTree(two.get("msgParam").asText());
    assertThat(param.get("title").asText()).isEqualTo("晨检");
    assertThat(param.get("text").asText()).isEqualTo("孩子今天身体如何？");
    assertThat(param.get("actionTitle1").asText()).isEqualTo("全家正常");
    assertThat(param.get("actionURL1").asText())
        .isEqualTo(
            "dtmd://dingtalkclient/sendMessage?content=%E5%85%A8%E5%AE%B6%E6%AD%A3%E5%B8%B8");
    assertThat(param.get("actionTitle2").asText()).isEqualTo("填写详情");
    assertThat(param.get("actionURL2").asText()).isEqualTo("https://example.org/f?id=1");

    JsonNode one = body(server.takeRequest());
    assertThat(one.get("msgKey").asText()).isEqualTo("sampleActionCard");
    JsonNode single = JSON.readTree(one.get("msgParam").asText());
    assertThat(single.get("singleTitle").asText()).isEqualTo("打开");
    assertThat(single.get("singleURL").asText()).isEqualTo("https://example.org/a");
  }

  @Test
  void moreThanFiveButtonsIsRejectedBeforeAnyCall() {
    List<OutboundMessage.Button> six =
        IntStream.range(0, 6)
            .mapToObj(i -> (OutboundMessage.Button) new ReplyButton("b" + i, "r" + i))
            .toList();

    assertThatThrownBy(
            () -> adapter.gateway.sendToUsers(List.of("u1"), new ActionCard("t", "x", six)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 5 buttons");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void duplicateRecipientsAreSentOnce() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-batchSend/ok.json"));

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1", "u2", "u1"), new OutboundMessage.Text("hi"));

    server.takeRequest();
    assertThat(texts(body(server.takeRequest()).get("userIds"))).containsExactly("u1", "u2");
    assertThat(result.recipients()).hasSize(2);
  }

  /** Reads the body (once: the recorded buffer is consumed). */
  static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().readUtf8());
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
