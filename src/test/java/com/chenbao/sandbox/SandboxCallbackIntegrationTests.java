package com.chenbao.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's reply in the sandbox travels as DingTalk's would: a signed HTTP callback to the
 * service, stored once per msgId, and the bot's answer comes back through the message's session
 * webhook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxCallbackIntegrationTests {

  @Autowired SandboxCallbackSender sender;
  @Autowired SandboxChats chats;
  @Autowired JdbcTemplate jdbc;
  @Autowired SchoolDirectory directory;

  @BeforeEach
  void tenant() {
    if (directory.findSchool("sbxcb").isEmpty()) {
      School school = directory.ensureSchool("sbxcb", "S", ZoneId.of("Asia/Shanghai"));
      // SQL on purpose: the roster has no API for a guardian without a student (its importer links
      // each to one)
      jdbc.update(
          "INSERT INTO guardians (school_id, name, phone, dingtalk_user_id, created_at, updated_at)"
              + " VALUES (?, 'G', '13900000009', 'sbxcb_g1', NOW(3), NOW(3))",
          school.id());
    }
  }

  @Test
  void aTypedReplyReachesTheServiceSignedAndIsAnsweredInTheSameChat() {
    int before = chats.sentToUser("sbxcb_g1").size();

    SandboxCallbackSender.Delivery delivery = sender.sendText("sbxcb_g1", "你好");

    assertThat(delivery.status()).isEqualTo(200);
    awaitHandled(delivery.msgId());
    assertThat(chats.sentToUser("sbxcb_g1")).hasSize(before + 1);
  }

  @Test
  void aRedeliveredMessageIsStoredAndAnsweredOnce() {
    int before = chats.sentToUser("sbxcb_g1").size();

    assertThat(sender.sendText("sbxcb_g1", "36.5", "dup-1").status()).isEqualTo(200);
    assertThat(sender.sendText("sbxcb_g1", "36.5", "dup-1").status()).isEqualTo(200);
    awaitHandled("msgdup-1");

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbound_messages WHERE msg_id = 'msgdup-1'", Integer.class))
        .isEqualTo(1);
    assertThat(chats.sentToUser("sbxcb_g1")).hasSize(before + 1);
  }

  @Test
  void aPictureGetsThePoliteTextAnswer() {
    SandboxCallbackSender.Delivery delivery = sender.sendNonText("sbxcb_g1", "picture");
    assertThat(delivery.status()).isEqualTo(200);
    awaitHandled(delivery.msgId());
    assertThat(chats.sentToUser("sbxcb_g1"))
        .last()
        .satisfies(m -> assertThat(m.text()).isNotBlank());
  }

  private void awaitHandled(String msgId) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () ->
                "handled"
                    .equals(
                        jdbc.query(
                            "SELECT status FROM inbound_messages WHERE msg_id = ?",
                            rs -> rs.next() ? rs.getString(1) : null,
                            msgId)));
  }
}
