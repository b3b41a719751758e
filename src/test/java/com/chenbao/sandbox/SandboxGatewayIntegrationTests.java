package com.chenbao.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In sandbox mode the real adapter (SDK, HTTP, limits) talks to the stand-in on the service's own
 * port: what the features send lands in the demo school's chats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxGatewayIntegrationTests {

  @Autowired ChatGateway gateway;
  @Autowired SandboxChats chats;
  @Autowired JdbcTemplate jdbc;

  @Test
  void oneToOneMessagesReachTheDemoGuardiansTwentyPerCall() {
    List<String> guardians =
        jdbc.queryForList(
            "SELECT g.dingtalk_user_id FROM guardians g JOIN schools s ON s.id = g.school_id"
                + " WHERE s.code = 'zhengyuan' AND g.dingtalk_user_id <> '' ORDER BY g.id LIMIT 44",
            String.class);
    List<String> recipients = new ArrayList<>(guardians);
    recipients.add("not-in-this-org");
    long callsBefore = batchSendCalls();

    BatchSendResult result =
        gateway.sendToUsers(
            recipients,
            new OutboundMessage.ActionCard(
                "晨报", "请回复体温", List.of(new OutboundMessage.ReplyButton("全部正常", "全部正常"))));

    assertThat(result.userIdsWith(DeliveryStatus.SENT))
        .containsExactlyInAnyOrderElementsOf(guardians);
    assertThat(result.userIdsWith(DeliveryStatus.UNDELIVERABLE)).containsExactly("not-in-this-org");
    assertThat(batchSendCalls() - callsBefore).isEqualTo(3);
    assertThat(chats.sentToUser(guardians.get(0)))
        .last()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo("actionCard");
              assertThat(m.buttons())
                  .singleElement()
                  .satisfies(
                      b ->
                          assertThat(b.url())
                              .startsWith("dtmd://dingtalkclient/sendMessage?content="));
            });
  }

  @Test
  void groupMessagesReachAppRobotAndSignedWebhookGroups() {
    String secret =
        jdbc.queryForObject(
            "SELECT webhook_secret FROM working_groups WHERE code = 'publicity'", String.class);
    String url =
        jdbc.queryForObject(
            "SELECT webhook_url FROM working_groups WHERE code = 'publicity'", String.class);

    assertThat(
            gateway
                .sendToGroup(
                    new GroupChat.AppRobotGroup("cid-zhengyuan-leadership"),
                    new OutboundMessage.Markdown("今日晨报", "**已报 300 / 360**"))
                .sent())
        .isTrue();
    assertThat(
            gateway
                .sendToGroup(
                    new GroupChat.WebhookRobotGroup(url, secret),
                    new OutboundMessage.Markdown("今日晨报", "**已报 300 / 360**"))
                .sent())
        .isTrue();

    assertThat(chats.conversation("group:cid-zhengyuan-leadership"))
        .last()
        .satisfies(m -> assertThat(m.text()).isEqualTo("**已报 300 / 360**"));
    assertThat(chats.conversation("webhook:zhengyuan-publicity"))
        .last()
        .satisfies(m -> assertThat(m.title()).isEqualTo("今日晨报"));
  }

  private long batchSendCalls() {
    return jdbc.queryForObject(
        "SELECT COALESCE(SUM(calls), 0) FROM api_call_counts WHERE api LIKE '%atch%'", Long.class);
  }
}
