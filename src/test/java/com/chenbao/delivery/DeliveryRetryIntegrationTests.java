package com.chenbao.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.RoundFixture;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxFaults;
import com.chenbao.sandbox.SandboxMessage;
import com.chenbao.tally.TallyPostReport;
import com.chenbao.tally.TallyPoster;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the ledger's retry pass is for, on the real database and the sandbox's DingTalk: a group
 * tally whose send DingTalk refused arrives once after the pass, and a row left pending by a
 * process that died between the claim and the send is taken over once it is stale, and sent once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryRetryIntegrationTests {

  /** The demo school's groups with a tally: two app-robot groups and a webhook robot. */
  private static final List<String> TALLY_GROUPS =
      List.of(
          "group:cid-zhengyuan-leadership",
          "group:cid-zhengyuan-personnel",
          "webhook:zhengyuan-publicity");

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired SchoolDirectory directory;
  @Autowired SandboxChats chats;
  @Autowired SandboxFaults faults;
  @Autowired TallyPoster tallies;
  @Autowired DeliveryLedger ledger;
  @Autowired RetryPass retries;

  /** The process is killed: nothing after this runs, not even a catch block for exceptions. */
  static class ProcessKilled extends Error {}

  @Test
  void aGroupTallyWhoseSendFailedArrivesOnceAfterTheRetryPass() {
    LocalDate date = LocalDate.of(2031, 5, 12);
    RoundFixture fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    long round = fixture.openRound(date);
    fixture.expectClass(round, fixture.classId("一年级", "1班"));
    long since = lastSeq();
    int failedBefore = faults.failedCalls();
    faults.failNext(
        "groupSend", 1, 400); // refused, not retried by the gateway: the first group's tally fails

    TallyPostReport first = tallies.postTally("zhengyuan", "morning-report", date);

    assertThat(faults.failedCalls() - failedBefore).isEqualTo(1);
    assertThat(first.groupsPosted()).isEqualTo(2);
    assertThat(first.notDelivered()).isEqualTo(1);
    assertThat(groupTallyStatuses(round)).containsExactly("failed", "sent", "sent");

    assertThat(retries.retryDue().total()).as("the backoff has not passed yet").isZero();
    assertThat(tallies.postTally("zhengyuan", "morning-report", date).groupsPosted())
        .as("the tally step run again takes the failed group over at once")
        .isEqualTo(1);
    assertThat(groupTallyStatuses(round)).containsExactly("sent", "sent", "sent");
    for (String group : TALLY_GROUPS) {
      assertThat(received(group, since)).as(group).hasSize(1);
    }
  }

  @Test
  void aFailedGroupTallyIsSentAgainByTheRetryPassAloneAndOnce() {
    LocalDate date = LocalDate.of(2031, 5, 13);
    RoundFixture fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    long round = fixture.openRound(date);
    fixture.expectClass(round, fixture.classId("一年级", "1班"));
    long since = lastSeq();
    faults.failNext("groupSend", 1, 400);

    assertThat(tallies.postTally("zhengyuan", "morning-report", date).notDelivered()).isEqualTo(1);
    assertThat(retries.retryDue().total()).as("the backoff has not passed yet").isZero();
    jdbc.update(
        "UPDATE deliveries SET claimed_at = claimed_at - INTERVAL 2 MINUTE WHERE round_id = ?"
            + " AND kind = 'tally' AND status = 'failed'",
        round);

    DeliveryReport retried = retries.retryDue();

    assertThat(retried.sent()).isEqualTo(1);
    assertThat(retries.retryDue().total()).as("nothing left to retry").isZero();
    assertThat(groupTallyStatuses(round)).containsExactly("sent", "sent", "sent");
    assertThat(
            jdbc.queryForObject(
                "SELECT MAX(attempts) FROM deliveries WHERE round_id = ? AND kind = 'tally'"
                    + " AND recipient_kind = 'group'",
                Integer.class,
                round))
        .isEqualTo(2);
    for (String group : TALLY_GROUPS) {
      assertThat(received(group, since)).as(group).hasSize(1);
    }
    assertThat(tallies.postTally("zhengyuan", "morning-report", date).alreadyDone())
        .as("a later run of the step finds every group done")
        .isGreaterThanOrEqualTo(3);
    for (String group : TALLY_GROUPS) {
      assertThat(received(group, since)).as(group).hasSize(1);
    }
  }

  @Test
  void aRowLeftPendingByADeadProcessIsTakenOverWhenStaleAndSentOnce() {
    RoundFixture fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    long since = lastSeq();
    String key = "test:stale-pending:" + since;
    Delivery delivery =
        new Delivery(
            key,
            null,
            "test",
            new Recipient.Group(fixture.schoolId(), "personnel"),
            new OutboundMessage.Markdown("测试", "一条只应到达一次的消息 " + key));
    DeliveryLedger dying =
        ledger.through(
            new ChatGateway() {
              @Override
              public BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message) {
                throw new ProcessKilled();
              }

              @Override
              public GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message) {
                throw new ProcessKilled();
              }
            });

    assertThatThrownBy(() -> dying.send(List.of(delivery))).isInstanceOf(ProcessKilled.class);
    assertThat(status(key)).isEqualTo("pending");
    assertThat(retries.retryDue().total()).as("a fresh claim may be a live send").isZero();
    assertThat(ledger.send(List.of(delivery)).inProgress()).isEqualTo(1);

    jdbc.update(
        "UPDATE deliveries SET claimed_at = claimed_at - INTERVAL 1 HOUR WHERE dedup_key = ?", key);
    DeliveryReport takenOver = retries.retryDue();

    assertThat(takenOver.sent()).isEqualTo(1);
    assertThat(status(key)).isEqualTo("sent");
    assertThat(retries.retryDue().total()).isZero();
    assertThat(ledger.send(List.of(delivery)).alreadyDone()).isEqualTo(1);
    assertThat(received("group:cid-zhengyuan-personnel", since))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains(key));
  }

  private List<String> groupTallyStatuses(long round) {
    return jdbc.queryForList(
        "SELECT status FROM deliveries WHERE round_id = ? AND kind = 'tally'"
            + " AND recipient_kind = 'group' ORDER BY status",
        String.class,
        round);
  }

  private String status(String key) {
    return jdbc.queryForObject(
        "SELECT status FROM deliveries WHERE dedup_key = ?", String.class, key);
  }

  private long lastSeq() {
    return chats.all().stream().mapToLong(SandboxMessage::seq).max().orElse(0);
  }

  private List<SandboxMessage> received(String conversation, long since) {
    return chats.conversation(conversation).stream()
        .filter(m -> m.seq() > since && m.fromBot())
        .toList();
  }
}
