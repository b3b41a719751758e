package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.chenbao.delivery.Delivery;
import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.delivery.DeliveryReport;
import com.chenbao.delivery.Recipient;
import com.chenbao.dingtalk.QpsEnforcingDingTalk.Call;
import com.chenbao.messaging.InboundChatMessage;
import com.chenbao.messaging.InboundDirectMessageSender;
import com.chenbao.messaging.InboundReply;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.roster.SchoolDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One deployment, two schools in two orgs: 和平小学 uses the process-wide app (chenbao.dingtalk.*),
 * 自有小学 its own app from its school file (secret by variable). Every send goes out with the right
 * school's token and robot code, and a callback is accepted only when signed by the app it names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolAppsIntegrationTests {

  static final String DEFAULT_APP = "dingappdefault";
  static final String DEFAULT_SECRET = "secret-default-0123";
  static final String DEFAULT_ROBOT = "dingrobotdefault";
  static final String OWN_APP = "dingappown";
  static final String OWN_SECRET = "secret-own-4567";
  static final String OWN_ROBOT = "dingrobotown";

  static final QpsEnforcingDingTalk DINGTALK =
      new QpsEnforcingDingTalk(20, Map.of(DEFAULT_APP, DEFAULT_SECRET, OWN_APP, OWN_SECRET));
  static final MockWebServer SERVER = new MockWebServer();

  @DynamicPropertySource
  static void twoSchoolsTwoApps(DynamicPropertyRegistry registry) throws IOException {
    SERVER.setDispatcher(DINGTALK);
    SERVER.start();
    Path dir = Path.of("target", "test-schools-multiorg");
    Files.createDirectories(dir);
    write(dir.resolve("heping.yml"), school("mo-heping", "和平小学", ""));
    write(
        dir.resolve("own.yml"),
        school(
            "mo-own",
            "自有小学",
            """
        dingtalk:
          corpId: dingcorpown
          appKey: %s
          appSecret: ${MO_OWN_DINGTALK_APP_SECRET}
          robotCode: %s
          agentId: "4242"
        """
                .formatted(OWN_APP, OWN_ROBOT)));
    registry.add("chenbao.schools.dir", () -> dir.toAbsolutePath().toString());
    registry.add("chenbao.demo.enabled", () -> "false");
    registry.add("chenbao.sandbox.enabled", () -> "false");
    registry.add("chenbao.dingtalk.api-base-url", () -> SERVER.url("/").toString());
    registry.add("chenbao.dingtalk.app-key", () -> DEFAULT_APP);
    registry.add("chenbao.dingtalk.app-secret", () -> DEFAULT_SECRET);
    registry.add("chenbao.dingtalk.robot-code", () -> DEFAULT_ROBOT);
    registry.add("MO_OWN_DINGTALK_APP_SECRET", () -> OWN_SECRET);
  }

  private static String school(String code, String name, String dingtalk) {
    return """
        code: %s
        name: %s
        %s
        groups:
          - code: leadership
            name: 领导小组
            chat:
              robot: {openConversationId: cid-%s}
        """
        .formatted(code, name, dingtalk, code);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    SERVER.shutdown();
  }

  @Autowired DeliveryLedger ledger;
  @Autowired SchoolDirectory schools;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired InboundDirectMessageSender directSender;

  @Test
  void everySendOfASchoolGoesOutWithItsOwnApp() {
    long heping = schools.findSchool("mo-heping").orElseThrow().id();
    long own = schools.findSchool("mo-own").orElseThrow().id();
    String run = UUID.randomUUID().toString();
    OutboundMessage prompt = new OutboundMessage.Text("请报告孩子今天的晨报");
    OutboundMessage tally = new OutboundMessage.Markdown("晨报汇总", "全部正常");

    DeliveryReport report =
        ledger.send(
            List.of(
                new Delivery(
                    run + ":p1",
                    null,
                    "prompt",
                    new Recipient.Person("guardian", 1, "hp-parent", heping),
                    prompt),
                new Delivery(
                    run + ":p2",
                    null,
                    "prompt",
                    new Recipient.Person("guardian", 2, "own-parent", own),
                    prompt),
                new Delivery(
                    run + ":g1", null, "tally", new Recipient.Group(heping, "leadership"), tally),
                new Delivery(
                    run + ":g2", null, "tally", new Recipient.Group(own, "leadership"), tally)));

    assertThat(report.sent()).isEqualTo(4);
    assertThat(callTo("/v1.0/robot/oToMessages/batchSend", "userIds", "hp-parent"))
        .satisfies(call -> assertThat(call.appKey()).isEqualTo(DEFAULT_APP))
        .satisfies(
            call -> assertThat(call.body().path("robotCode").asText()).isEqualTo(DEFAULT_ROBOT));
    assertThat(callTo("/v1.0/robot/oToMessages/batchSend", "userIds", "own-parent"))
        .satisfies(call -> assertThat(call.appKey()).isEqualTo(OWN_APP))
        .satisfies(call -> assertThat(call.body().path("robotCode").asText()).isEqualTo(OWN_ROBOT));
    assertThat(
            callTo("/v1.0/robot/groupMessages/send", "openConversationId", "cid-mo-heping")
                .appKey())
        .isEqualTo(DEFAULT_APP);
    assertThat(callTo("/v1.0/robot/groupMessages/send", "openConversationId", "cid-mo-own"))
        .satisfies(call -> assertThat(call.appKey()).isEqualTo(OWN_APP))
        .satisfies(call -> assertThat(call.body().path("robotCode").asText()).isEqualTo(OWN_ROBOT));
    assertThat(DINGTALK.tokenRequests).extracting(Call::appKey).contains(DEFAULT_APP, OWN_APP);
    // The ledger keeps the person's school, so a retry goes out with the same app.
    assertThat(
            jdbc.queryForObject(
                "SELECT school_id FROM deliveries WHERE dedup_key = ?", Long.class, run + ":p2"))
        .isEqualTo(own);
  }

  @Test
  void theAppSecretIsNeverStoredOnlyItsVariable() {
    assertThat(
            jdbc.queryForList("SELECT app_secret_variable FROM school_dingtalk_apps", String.class))
        .containsExactly("MO_OWN_DINGTALK_APP_SECRET");
    String everything =
        String.join(
            "|",
            jdbc.queryForList(
                "SELECT CONCAT_WS('|', corp_id, app_key, app_secret_variable, robot_code, agent_id) FROM school_dingtalk_apps",
                String.class));
    assertThat(everything).doesNotContain(OWN_SECRET);
  }

  @Test
  void aCallbackIsAcceptedOnlyWhenSignedByTheAppItNames() throws Exception {
    assertThat(deliver(OWN_SECRET, OWN_ROBOT)).isEqualTo(200);
    assertThat(deliver(DEFAULT_SECRET, DEFAULT_ROBOT)).isEqualTo(200);
    assertThat(deliver(DEFAULT_SECRET, null))
        .as("no robot code: the process-wide app")
        .isEqualTo(200);
    assertThat(deliver(OWN_SECRET, DEFAULT_ROBOT))
        .as("a school's app speaking for another")
        .isEqualTo(401);
    assertThat(deliver(DEFAULT_SECRET, OWN_ROBOT))
        .as("the process-wide app speaking for a school's")
        .isEqualTo(401);
    assertThat(deliver("not-our-secret", OWN_ROBOT)).isEqualTo(401);
  }

  @Test
  void aReplyAfterTheSessionExpiredGoesOutThroughTheAppThatReceivedTheMessage() {
    directSender.replyTo(
        inbound("own-late-parent", OWN_ROBOT),
        new InboundReply(InboundReply.Format.TEXT, null, "已记录"));
    directSender.replyTo(
        inbound("hp-late-parent", DEFAULT_ROBOT),
        new InboundReply(InboundReply.Format.TEXT, null, "已记录"));

    assertThat(callTo("/v1.0/robot/oToMessages/batchSend", "userIds", "own-late-parent").appKey())
        .isEqualTo(OWN_APP);
    assertThat(callTo("/v1.0/robot/oToMessages/batchSend", "userIds", "hp-late-parent").appKey())
        .isEqualTo(DEFAULT_APP);
  }

  private static InboundChatMessage inbound(String sender, String robotCode) {
    return new InboundChatMessage(
        "mo-" + UUID.randomUUID(),
        InboundChatMessage.MsgType.TEXT,
        "36.5",
        sender,
        "家长",
        InboundChatMessage.ConversationType.ONE_TO_ONE,
        "cidP1",
        Instant.now(),
        null,
        null,
        "{\"robotCode\":\"" + robotCode + "\"}");
  }

  private int deliver(String secret, String robotCode) throws Exception {
    String timestamp = String.valueOf(System.currentTimeMillis());
    String body =
        """
        {"msgId":"%s","msgtype":"text","text":{"content":"36.5"},"conversationType":"1","conversationId":"cidP1",
         "senderStaffId":"u_parent","senderNick":"王妈妈","createAt":%s%s}
        """
            .formatted(
                "mo-" + UUID.randomUUID(),
                timestamp,
                robotCode == null ? "" : ",\"robotCode\":\"" + robotCode + "\"");
    return mvc.perform(
            post("/dingtalk/robot/callback")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header("timestamp", timestamp)
                .header("sign", DingTalkSignature.sign(timestamp, secret)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private static Call callTo(String path, String field, String value) {
    return DINGTALK.calls.stream()
        .filter(call -> call.path().startsWith(path))
        .filter(call -> call.body().path(field).toString().contains("\"" + value + "\""))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no call to " + path + " with " + field + " " + value));
  }
}
