package com.chenbao.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.AlertsSettled;
import com.chenbao.RoundFixture;
import com.chenbao.RoundFixture.Person;
import com.chenbao.delivery.DeliveryQueue;
import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Subject;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.GroupChat;
import com.chenbao.messaging.GroupSendResult;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.RecipientResult;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 60 fever answers for one school within a minute: the personnel group (all alerts, names) gets
 * every subject, the first ones singly and the queued rest merged, without ever exceeding
 * DingTalk's 20 messages per group and minute, which the stand-in gateway enforces on the same
 * clock. The answers go through the rounds module and the alerts through the delivery ledger's
 * paced queue; the test turns the clock and calls the queue as the ledger's worker does (the
 * worker, woken when an alert is queued, may send some of them itself: the limits hold either way).
 */
@SpringBootTest(properties = "chenbao.delivery.queue-poll-interval=1h")
@Import(AlertBurstIntegrationTests.Beans.class)
class AlertBurstIntegrationTests {

  static final AtomicReference<Instant> NOW =
      new AtomicReference<>(Instant.parse("2031-04-01T00:00:00Z"));

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired SchoolDirectory directory;
  @Autowired AnswerRecorder recorder;
  @Autowired DeliveryQueue queue;
  @Autowired LimitedGateway gateway;

  @Test
  void sixtyFeversInAMinuteReachTheGroupAllOfThemMergedWhereTheyQueuedAndNeverBeyondTheLimit() {
    RoundFixture fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    long round = fixture.openRound(LocalDate.of(2031, 4, 1));
    List<Person> students =
        jdbc.query(
            "SELECT id, name FROM students WHERE school_id = ? AND status = 'active'"
                + " AND class_id IS NOT NULL ORDER BY id LIMIT 60",
            (rs, i) -> new Person(rs.getLong(1), rs.getString(2)),
            fixture.schoolId());
    assertThat(students).hasSize(60);

    for (Person student : students) {
      jdbc.update(
          "INSERT IGNORE INTO round_expected (round_id, subject_kind, subject_id, class_id)"
              + " SELECT ?, 'student', id, class_id FROM students WHERE id = ?",
          round,
          student.id());
      recorder.record(
          round,
          Subject.Kind.STUDENT,
          student.id(),
          AnswererKind.GUARDIAN,
          fixture.firstGuardianOf(student.id()),
          AnswerValues.none().withTemperature(new BigDecimal("38.5")),
          "38.5",
          null,
          NOW.get());
      AlertsSettled.eventsHandled(jdbc, round);
      if (student.id() % 3 == 0) {
        queue.sendDue(); // the sender keeps up while answers arrive, a second apart
      }
      NOW.updateAndGet(t -> t.plusSeconds(1));
    }
    for (int minute = 0; minute < 5 && pending(fixture) > 0; minute++) {
      queue.sendDue();
      NOW.updateAndGet(t -> t.plus(Duration.ofSeconds(61)));
    }
    queue.sendDue();

    assertThat(pending(fixture)).isZero();
    assertThat(gateway.refused).hasValue(0);
    List<String> personnel = gateway.texts("cid-zhengyuan-personnel");
    assertThat(personnel.size()).isLessThan(60);
    assertThat(personnel).anySatisfy(t -> assertThat(t).contains("合并发送"));
    String all = String.join("\n", personnel);
    assertThat(students).allSatisfy(s -> assertThat(all).contains("**" + s.name() + "**"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM deliveries d JOIN anomalies a ON d.dedup_key = CONCAT('a', a.id,"
                    + " ':group:personnel') WHERE a.round_id = ? AND d.status = 'sent'",
                Integer.class,
                round))
        .isEqualTo(60);
  }

  private int pending(RoundFixture fixture) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM deliveries d JOIN rounds r ON r.id = d.round_id"
            + " WHERE r.school_id = ? AND d.kind = 'alert' AND d.status IN ('queued', 'pending')",
        Integer.class,
        fixture.schoolId());
  }

  /**
   * Accepts at most 20 messages per group in any 60 s of the test clock, like DingTalk; counts
   * refusals.
   */
  static final class LimitedGateway implements ChatGateway {
    record Sent(String chat, Instant at, String text) {}

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final AtomicInteger refused = new AtomicInteger();

    @Override
    public BatchSendResult sendToUsers(List<String> userIds, OutboundMessage message) {
      return new BatchSendResult(userIds.stream().map(u -> RecipientResult.sent(u, "k")).toList());
    }

    @Override
    public synchronized GroupSendResult sendToGroup(GroupChat chat, OutboundMessage message) {
      String key =
          chat instanceof GroupChat.AppRobotGroup g ? g.openConversationId() : chat.toString();
      Instant now = NOW.get();
      long recent =
          sent.stream()
              .filter(s -> s.chat().equals(key) && s.at().isAfter(now.minusSeconds(60)))
              .count();
      if (recent >= 20) {
        refused.incrementAndGet();
        return new GroupSendResult(
            DeliveryStatus.FLOW_CONTROLLED, List.of(), 0, 1, "send too fast");
      }
      sent.add(new Sent(key, now, ((OutboundMessage.Markdown) message).text()));
      return new GroupSendResult(DeliveryStatus.SENT, List.of(), 1, 1, null);
    }

    List<String> texts(String chat) {
      return sent.stream().filter(s -> s.chat().equals(chat)).map(Sent::text).toList();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Beans {
    @Bean
    @Primary
    LimitedGateway limitedGateway() {
      return new LimitedGateway();
    }

    @Bean
    @Primary
    Clock burstClock() {
      return new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return NOW.get();
        }
      };
    }
  }
}
