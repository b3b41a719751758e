package com.chenbao.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.RoundFixture;
import com.chenbao.RoundFixture.Person;
import com.chenbao.alert.AnomalyRetention;
import com.chenbao.messaging.InboundMessageRetention;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.RoundRetention;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The purge with a clock set to 2033-06-01: a round of 2032-11-01 (213 days before) loses its
 * answers, revisions and anomalies and keeps its counts; a round of 2033-05-20 keeps everything;
 * raw messages older than 180 days go; the audit log stays. A second run deletes nothing and keeps
 * the counts.
 */
@SpringBootTest
class RetentionIntegrationTests {

  private static final Instant NOW = Instant.parse("2033-06-01T01:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired SchoolDirectory directory;
  @Autowired RoundRetention rounds;
  @Autowired AnomalyRetention anomalies;
  @Autowired InboundMessageRetention inbound;
  @Autowired DailyCountsMapper counts;

  @Test
  void oldAnswersAnomaliesAndMessagesGoRecentOnesStayAndTheDaysCountsRemain() {
    RoundFixture fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    long classId = fixture.classId("一年级", "1班");
    List<Person> students = fixture.studentsOf(classId);
    long old = round(fixture, classId, LocalDate.of(2032, 11, 1), students);
    long recent = round(fixture, classId, LocalDate.of(2033, 5, 20), students);
    message("ret-old", Instant.parse("2032-11-01T00:00:00Z"));
    message("ret-recent", Instant.parse("2033-05-20T00:00:00Z"));
    int audit = count("SELECT COUNT(*) FROM audit_log");
    RetentionService retention =
        new RetentionService(
            rounds,
            anomalies,
            inbound,
            counts,
            new RetentionProperties(180, "0 30 3 * * ?", ZoneId.of("Asia/Shanghai")),
            Clock.fixed(NOW, ZoneId.of("UTC")));

    RetentionService.Purged purged = retention.purge();
    RetentionService.Purged again = retention.purge();

    assertThat(purged.rounds()).isGreaterThanOrEqualTo(1);
    assertThat(again.rounds()).isZero();
    assertThat(again.inboundMessages()).isZero();
    for (String table : List.of("answers", "answer_revisions", "anomalies")) {
      assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE round_id = ?", old))
          .as(table)
          .isZero();
      assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE round_id = ?", recent))
          .as(table)
          .isPositive();
    }
    assertThat(
            jdbc.queryForMap(
                "SELECT expected, answered, anomalies FROM daily_counts WHERE school_id = ?"
                    + " AND form_code = 'morning-report' AND business_date = '2032-11-01'",
                fixture.schoolId()))
        .isEqualTo(Map.of("expected", students.size(), "answered", 2, "anomalies", 1));
    assertThat(count("SELECT COUNT(*) FROM daily_counts WHERE business_date = '2033-05-20'"))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM inbound_messages WHERE msg_id = 'ret-old'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM inbound_messages WHERE msg_id = 'ret-recent'")).isOne();
    assertThat(count("SELECT COUNT(*) FROM rounds WHERE id IN (?, ?)", old, recent)).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(audit);
  }

  /** Two answers (one corrected, so a revision), one fever anomaly. */
  private long round(RoundFixture fixture, long classId, LocalDate date, List<Person> students) {
    long round = fixture.openRound(date);
    fixture.expectClass(round, classId);
    fixture.studentAnswer(round, students.get(0).id(), "36.5", null);
    fixture.studentAnswer(round, students.get(1).id(), "38.5", null);
    jdbc.update(
        "INSERT INTO answer_revisions (round_id, subject_kind, subject_id, revision, answered_by_kind,"
            + " answered_by_id, payload_json, raw_text, recorded_at) SELECT round_id, subject_kind, subject_id, revision,"
            + " answered_by_kind, answered_by_id, '{}', '36.5', answered_at FROM answers WHERE round_id = ?",
        round);
    jdbc.update(
        "INSERT INTO anomalies (round_id, subject_kind, subject_id, kind, severity, detail, detected_at)"
            + " VALUES (?, 'student', ?, 'fever', 'urgent', '38.5', NOW(3))",
        round,
        students.get(1).id());
    return round;
  }

  private void message(String msgId, Instant at) {
    jdbc.update(
        "INSERT INTO inbound_messages (msg_id, channel, sender_user_id, conversation_type, conversation_id,"
            + " msg_type, payload_json, status, attempts, received_at) VALUES (?, 'http', 'u', '1', 'c', 'text', '{}',"
            + " 'handled', 1, ?)",
        msgId,
        Timestamp.from(at));
  }

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }
}
