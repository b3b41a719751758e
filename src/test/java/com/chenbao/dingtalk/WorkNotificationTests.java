package com.chenbao.dingtalk;

import static com.chenbao.dingtalk.DingTalkFakes.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.dingtalk.DingTalkFakes.FakeSleeper;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Work notifications (asyncsend_v2, old-style API) against a MockWebServer. */
class WorkNotificationTests {

  static final String PATH = "/topapi/message/corpconversation/asyncsend_v2";
  static final ObjectMapper JSON = new ObjectMapper();

  MockWebServer server = new MockWebServer();
  final List<String> counted = new CopyOnWriteArrayList<>();
  DingTalkWorkNotifier notifier;

  @BeforeEach
  void start() throws Exception {
    server.start();
    TestClock clock = new TestClock(Instant.parse("2026-03-02T00:05:00Z"));
    AtomicLong nanos = new AtomicLong(1_000_000_000L);
    DingTalkProperties both =
        DingTalkFakes.properties(server).withBaseUrls(server.url("/").uri(), server.url("/").uri());
    notifier =
        WorkNotificationConfiguration.create(
            both,
            4242L,
            DingTalkFakes.settings(),
            counted::add,
            clock,
            new FakeSleeper(clock, nanos),
            nanos::get);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  static MockResponse oapi(String body) {
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  @Test
  void sendsTheDocumentedRequestWithTheLinkAsAnActionCard() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(
        oapi(
            "{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":256271667526,\"request_id\":\"4jzllmte0wau\"}"));

    BatchSendResult result =
        notifier.notifyUsers(
            List.of("u1", "u2", "u1"),
            new OutboundMessage.ActionCard(
                "晨报",
                "请填报",
                List.of(
                    new OutboundMessage.LinkButton("填写晨报", "https://school.example/f/abc"),
                    new OutboundMessage.ReplyButton("全部正常", "全部正常"))));

    server.takeRequest();
    RecordedRequest send = server.takeRequest();
    assertThat(send.getMethod()).isEqualTo("POST");
    assertThat(send.getRequestUrl().encodedPath()).isEqualTo(PATH);
    assertThat(send.getRequestUrl().queryParameter("access_token"))
        .isEqualTo("fc2c0a8e5a1e3b3c9f6f3f5d2a8b7c61");
    JsonNode body = JSON.readTree(send.getBody().readString(StandardCharsets.UTF_8));
    assertThat(body.path("agent_id").asLong()).isEqualTo(4242L);
    assertThat(body.path("userid_list").asText()).isEqualTo("u1,u2");
    JsonNode card = body.path("msg").path("action_card");
    assertThat(body.path("msg").path("msgtype").asText()).isEqualTo("action_card");
    assertThat(card.path("title").asText()).isEqualTo("晨报");
    assertThat(card.path("markdown").asText()).isEqualTo("请填报");
    // A one-tap reply needs the robot's chat: only the link button goes into a work notification.
    assertThat(card.path("single_title").asText()).isEqualTo("填写晨报");
    assertThat(card.path("single_url").asText()).isEqualTo("https://school.example/f/abc");
    assertThat(result.recipients())
        .extracting(r -> r.userId() + ":" + r.status() + ":" + r.processQueryKey())
        .containsExactly("u1:SENT:task:256271667526", "u2:SENT:task:256271667526");
    assertThat(counted).containsExactly(WorkNotificationClient.API);
  }

  @Test
  void identicalContentGoesOutInCallsOfAHundred() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(oapi("{\"errcode\":0,\"task_id\":1}"));
    server.enqueue(oapi("{\"errcode\":0,\"task_id\":2}"));
    List<String> users = IntStream.range(0, 150).mapToObj(i -> "u" + i).toList();

    BatchSendResult result = notifier.notifyUsers(users, new OutboundMessage.Markdown("晨报", "请填报"));

    server.takeRequest();
    JsonNode first =
        JSON.readTree(server.takeRequest().getBody().readString(StandardCharsets.UTF_8));
    JsonNode second =
        JSON.readTree(server.takeRequest().getBody().readString(StandardCharsets.UTF_8));
    assertThat(first.path("userid_list").asText().split(",")).hasSize(100);
    assertThat(second.path("userid_list").asText().split(",")).hasSize(50).startsWith("u100");
    assertThat(first.path("msg").path("markdown").path("text").asText()).isEqualTo("请填报");
    assertThat(result.userIdsWith(DeliveryStatus.SENT)).hasSize(150);
    assertThat(counted).hasSize(2);
  }

  @Test
  void errcodesBecomeDeliveryOutcomes() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    // A refused token is replaced once; then the agent id is refused: not retried, FAILED with
    // DingTalk's words.
    server.enqueue(oapi("{\"errcode\":40014,\"errmsg\":\"不合法的access_token\"}"));
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(oapi("{\"errcode\":60011,\"errmsg\":\"no privilege\"}"));
    server.enqueue(oapi("{\"errcode\":90018,\"errmsg\":\"qps\"}"));
    server.enqueue(oapi("{\"errcode\":0,\"task_id\":9}"));

    BatchSendResult refused = notifier.notifyUsers(List.of("u1"), new OutboundMessage.Text("a"));
    BatchSendResult throttledOnce =
        notifier.notifyUsers(List.of("u1"), new OutboundMessage.Text("b"));

    assertThat(refused.of("u1").status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(refused.of("u1").reason()).contains("60011", "no privilege");
    assertThat(throttledOnce.of("u1").status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void withoutAnAgentIdNothingIsSent() {
    WorkNotificationConfiguration.Unconfigured off =
        new WorkNotificationConfiguration.Unconfigured();

    assertThat(off.enabled()).isFalse();
    assertThat(off.notifyUsers(List.of("u1"), new OutboundMessage.Text("x")).of("u1").status())
        .isEqualTo(DeliveryStatus.FAILED);
    assertThat(server.getRequestCount()).isZero();
  }
}
