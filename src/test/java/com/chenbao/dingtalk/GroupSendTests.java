package com.chenbao.dingtalk;

import static com.chenbao.dingtalk.DingTalkFakes.json;
import static com.chenbao.dingtalk.RobotBatchSendTests.JSON;
import static com.chenbao.dingtalk.RobotBatchSendTests.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.dingtalk.DingTalkFakes.TestAdapter;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat.AppRobotGroup;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage.Markdown;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** App robot group messages (groupMessages/send) against a MockWebServer. */
class GroupSendTests {

  static final String GROUP_PATH = "/v1.0/robot/groupMessages/send";
  static final AppRobotGroup GROUP = new AppRobotGroup("cidTestGroup0001==");

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
  void sendsTheDocumentedRequest() throws Exception {
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-groupMessages-send/ok.json"));

    GroupSendResult result = adapter.gateway.sendToGroup(GROUP, new Markdown("一年级汇总", "应到 45 人"));

    server.takeRequest();
    RecordedRequest send = server.takeRequest();
    assertThat(send.getMethod()).isEqualTo("POST");
    assertThat(send.getPath()).isEqualTo(GROUP_PATH);
    assertThat(send.getHeader("x-acs-dingtalk-access-token"))
        .isEqualTo("fc2c0a8e5a1e3b3c9f6f3f5d2a8b7c61");
    assertThat(send.getHeader("Content-Type")).startsWith("application/json");
    JsonNode body = body(send);
    assertThat(body.get("openConversationId").asText()).isEqualTo("cidTestGroup0001==");
    assertThat(body.get("robotCode").asText()).isEqualTo(DingTalkFakes.ROBOT_CODE);
    assertThat(body.get("msgKey").asText()).isEqualTo("sampleMarkdown");
    assertThat(body.get("msgParam").asText())
        .isEqualTo("{\"title\":\"一年级汇总\",\"text\":\"应到 45 人\"}");
    assertThat(result)
        .isEqualTo(
            new GroupSendResult(
                DeliveryStatus.SENT, List.of("bwb2WvJ4s2k9n7mXz1Jb8Q=="), 1, 1, null));
    assertThat(adapter.countedCalls).containsExactly("robot/groupMessages/send");
  }

  @Test
  void markdownOverFifteenThousandBytesGoesOutAsNumberedParts() throws Exception {
    String text =
        IntStream.range(0, 700)
            .mapToObj(i -> "| " + i + " | 二年级" + (i % 9) + "班 | 张同学 | 发热 38.1℃ |")
            .collect(Collectors.joining("\n"));
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    IntStream.range(0, 10)
        .forEach(i -> server.enqueue(json(200, "robot-groupMessages-send/ok.json")));

    GroupSendResult result = adapter.gateway.sendToGroup(GROUP, new Markdown("异常名单", text));

    server.takeRequest();
    int parts = result.partsTotal();
    assertThat(parts).isGreaterThanOrEqualTo(2);
    assertThat(result.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(result.partsSent()).isEqualTo(parts);
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= parts; i++) {
      String msgParam = body(server.takeRequest()).get("msgParam").asText();
      assertThat(msgParam.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(15_000);
      JsonNode param = JSON.readTree(msgParam);
      assertThat(param.get("title").asText()).isEqualTo("异常名单 (" + i + "/" + parts + ")");
      texts.add(param.get("text").asText());
    }
    assertThat(String.join("\n", texts)).isEqualTo(text);
    assertThat(server.getRequestCount()).isEqualTo(1 + parts);
  }

  @Test
  void stopsAtTheFirstPartThatFails() throws Exception {
    String text = "一行内容，用来凑够长度。\n".repeat(1_500);
    server.enqueue(json(200, "oauth2-accessToken/ok.json"));
    server.enqueue(json(200, "robot-groupMessages-send/ok.json"));
    server.enqueue(json(400, "errors/invalid-parameter.json"));

    GroupSendResult result = adapter.gateway.sendToGroup(GROUP, new Markdown("长消息", text));

    assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.partsSent()).isEqualTo(1);
    assertThat(result.partsTotal()).isGreaterThan(2);
    assertThat(result.reason()).contains("invalidParameter");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
