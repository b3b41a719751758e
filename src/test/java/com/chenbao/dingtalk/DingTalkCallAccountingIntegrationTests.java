package com.chenbao.dingtalk;

import static com.chenbao.dingtalk.DingTalkFakes.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.CallPurpose;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat.AppRobotGroup;
import com.chenbao.messaging.OutboundMessage;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The wired adapter: sends through the ChatGateway bean and counts the calls in api_call_counts.
 */
@SpringBootTest
class DingTalkCallAccountingIntegrationTests {

  static final MockWebServer DINGTALK = new MockWebServer();

  @DynamicPropertySource
  static void pointAtFakeDingTalk(DynamicPropertyRegistry registry) throws IOException {
    // Answers by path, so each test's calls get their answers whatever ran before (the token is
    // cached).
    DINGTALK.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = String.valueOf(request.getPath());
            return path.contains("accessToken")
                ? json(200, "oauth2-accessToken/ok.json")
                : path.contains("batchSend")
                    ? json(200, "robot-batchSend/ok.json")
                    : json(200, "robot-groupMessages-send/ok.json");
          }
        });
    DINGTALK.start();
    registry.add("chenbao.dingtalk.api-base-url", () -> DINGTALK.url("/").toString());
    registry.add("chenbao.sandbox.enabled", () -> "false");
    registry.add("chenbao.dingtalk.app-key", () -> DingTalkFakes.APP_KEY);
    registry.add("chenbao.dingtalk.app-secret", () -> DingTalkFakes.APP_SECRET);
    registry.add("chenbao.dingtalk.robot-code", () -> DingTalkFakes.ROBOT_CODE);
    registry.add("chenbao.dingtalk.monthly-call-quota", () -> "5");
  }

  @AfterAll
  static void stop() throws IOException {
    DINGTALK.shutdown();
  }

  @Autowired ChatGateway gateway;
  @Autowired DingTalkUsageQuery usage;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry meters;
  @Autowired Clock clock;

  @Test
  void everyQuotaRelevantCallIsCountedForTheShanghaiMonth() {
    String month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
    long batchBefore = calls(month, "robot/oToMessages/batchSend");
    long groupBefore = calls(month, "robot/groupMessages/send");
    long tokenBefore = calls(month, "oauth2/accessToken");

    List<String> users = IntStream.range(0, 25).mapToObj(i -> "acct-u" + i).toList();
    BatchSendResult sent = gateway.sendToUsers(users, new OutboundMessage.Text("早上好"));
    gateway.sendToGroup(
        new AppRobotGroup("cidAccounting=="), new OutboundMessage.Markdown("汇总", "全部正常"));

    assertThat(sent.userIdsWith(DeliveryStatus.SENT)).hasSize(25);
    assertThat(calls(month, "robot/oToMessages/batchSend")).isEqualTo(batchBefore + 2);
    assertThat(calls(month, "robot/groupMessages/send")).isEqualTo(groupBefore + 1);
    assertThat(calls(month, "oauth2/accessToken"))
        .as("token calls are exempt")
        .isEqualTo(tokenBefore);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT app_key FROM api_call_counts WHERE month = ? AND api = ?",
                String.class,
                month,
                "robot/oToMessages/batchSend"))
        .as("counted for the app that made them")
        .contains(DingTalkFakes.APP_KEY);

    DingTalkUsage now = usage.currentMonth();
    long total =
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(calls), 0) FROM api_call_counts WHERE month = ?",
            Long.class,
            month);
    assertThat(now.month()).isEqualTo(month);
    assertThat(now.monthCalls()).isEqualTo(total).isGreaterThanOrEqualTo(3);
    assertThat(now.quota()).isEqualTo(5);
    assertThat(now.percent()).isEqualTo(DingTalkUsage.percentOf(total, 5));
    assertThat(now.callsByApi()).containsEntry("robot/groupMessages/send", groupBefore + 1);
    assertThat(meters.get("chenbao.dingtalk.calls.month").gauge().value())
        .isEqualTo((double) total);
  }

  private long calls(String month, String api) {
    return jdbc.queryForObject(
        "SELECT COALESCE(SUM(calls), 0) FROM api_call_counts WHERE month = ? AND api = ?",
        Long.class,
        month,
        api);
  }

  private long callsFor(String month, String purpose) {
    return jdbc.queryForObject(
        "SELECT COALESCE(SUM(calls), 0) FROM api_call_counts WHERE month = ? AND purpose = ?",
        Long.class,
        month,
        purpose);
  }

  @Test
  void eachCallIsCountedUnderThePurposeItWasMadeFor() {
    String month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
    long promptBefore = callsFor(month, "acct-prompt");
    long tallyBefore = callsFor(month, "acct-tally");
    long otherBefore = callsFor(month, CallPurpose.OTHER);

    // 41 recipients: three batchSend calls, made on the adapter's pool threads, still counted as
    // the prompt's.
    List<String> users = IntStream.range(0, 41).mapToObj(i -> "purpose-u" + i).toList();
    CallPurpose.during(
        "acct-prompt", () -> gateway.sendToUsers(users, new OutboundMessage.Text("早上好")));
    CallPurpose.during(
        "acct-tally",
        () ->
            gateway.sendToGroup(
                new AppRobotGroup("cidPurpose=="), new OutboundMessage.Markdown("汇总", "全部正常")));

    assertThat(callsFor(month, "acct-prompt")).isEqualTo(promptBefore + 3);
    assertThat(callsFor(month, "acct-tally")).isEqualTo(tallyBefore + 1);
    assertThat(callsFor(month, CallPurpose.OTHER)).isEqualTo(otherBefore);
    assertThat(usage.currentMonth().callsByPurpose())
        .containsEntry("acct-prompt", promptBefore + 3)
        .containsEntry("acct-tally", tallyBefore + 1);
  }
}
