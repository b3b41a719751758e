package com.chenbao.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.calendar.RoundStep;
import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.forms.FormCatalog;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.RoundPeople;
import com.chenbao.rounds.Rounds;
import com.chenbao.rounds.StudentLeaves;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.testkit.RoundSchools;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A push that dies half-way, or whose sends fail, is finished by the next run, and nobody gets the
 * prompt twice. The broken pushes run on the real ledger and database with a gateway that breaks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushRecoveryIntegrationTests {

  @Autowired RoundSteps steps;
  @Autowired ChatGateway gateway;
  @Autowired SandboxChats chats;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired StudentLeaves leaves;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired FormCatalog forms;
  @Autowired Rounds rounds;
  @Autowired RoundPeople people;
  @Autowired RoundMessages messages;
  @Autowired DeliveryLedger ledger;

  /** The process is killed: nothing after this runs, not even a catch block for exceptions. */
  static class ProcessKilled extends Error {}

  @Test
  void aPushKilledDuringASendIsFinishedByTheNextRunsAndEveryoneIsPromptedOnce() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "pr-killed");
    // Calls in order: the guardians' prompt (张伟 and 李娜 in one call; 王强 needs none), then the
    // staff's prompt
    // (王老师 and 赵老师, claimed together) <- killed here.
    PromptSteps dying =
        promptSteps(
            call -> {
              if (call > 1) {
                throw new ProcessKilled();
              }
              return true;
            });

    assertThatThrownBy(() -> dying.push(round(s))).isInstanceOf(ProcessKilled.class);
    assertThat(statuses(s)).containsExactly("pending", "pending", "sent", "sent", "undeliverable");

    StepReport rightAfter =
        steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, RoundStep.PUSH);
    assertThat(rightAfter.sent()).as("the staff's rows may still be in a live send").isZero();
    assertThat(rightAfter.note()).isEqualTo("2 being sent by another run");
    assertThat(chats.sentToUser(s.teacher("wang"))).isEmpty();

    jdbc.update(
        "UPDATE deliveries SET claimed_at = claimed_at - INTERVAL 1 HOUR WHERE round_id = ? AND status = 'pending'",
        s.roundId(rounds));
    StepReport later = steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, RoundStep.PUSH);

    assertThat(later.sent()).isEqualTo(2);
    assertThat(later.alreadyDone()).isEqualTo(3);
    for (String user :
        List.of(s.user("zhangwei"), s.user("lina"), s.teacher("wang"), s.teacher("zhao"))) {
      assertThat(chats.sentToUser(user)).as(user).hasSize(1);
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT attempts FROM deliveries WHERE round_id = ? AND recipient_kind = 'staff'"
                    + " AND recipient_id = ?",
                Integer.class,
                s.roundId(rounds),
                s.staffId(roster, s.teacher("wang"))))
        .isEqualTo(2);
  }

  @Test
  void sendsThatFailedAreRetriedByTheNextRun() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "pr-failed");
    PromptSteps broken =
        promptSteps(
            call -> {
              throw new IllegalStateException("adapter misconfigured");
            });

    SendCounts failed = broken.push(round(s));
    StepReport retried = steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, RoundStep.PUSH);

    assertThat(failed.failed).isEqualTo(4);
    assertThat(failed.problems())
        .isEqualTo("4 failed or flow-controlled (retried by the next run)");
    assertThat(retried.sent()).isEqualTo(4);
    assertThat(retried.alreadyDone()).isEqualTo(1); // 王强: undeliverable the first time
    assertThat(chats.sentToUser(s.user("zhangwei"))).hasSize(1);
    assertThat(statuses(s)).containsExactly("sent", "sent", "sent", "sent", "undeliverable");
  }

  private RoundContext round(RoundSchools s) {
    var form = forms.form(RoundSchools.FORM);
    return RoundContext.of(
        rounds, s.school(), form, rounds.open(s.school().id(), form, RoundSchools.DATE));
  }

  /**
   * Push steps whose gateway asks {@code beforeCall} (with the 1-based call number) before each
   * real send.
   */
  private PromptSteps promptSteps(IntPredicate beforeCall) {
    AtomicInteger calls = new AtomicInteger();
    ChatGateway breaking =
        new ChatGateway() {
          @Override
          public BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message) {
            beforeCall.test(calls.incrementAndGet());
            return gateway.sendToUsers(userIds, message);
          }

          @Override
          public GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message) {
            return gateway.sendToGroup(chat, message);
          }
        };
    return new PromptSteps(people, messages, ledger.through(breaking));
  }

  private List<String> statuses(RoundSchools s) {
    return jdbc.queryForList(
        "SELECT status FROM deliveries WHERE round_id = ? ORDER BY status",
        String.class,
        s.roundId(rounds));
  }
}
