package com.chenbao;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rounds, expected subjects and answers of the demo school straight into the tables the rounds
 * module owns, for tests of the modules that read them (alerts, tallies). Each test uses its own date.
 */
public final class RoundFixture {

  private final JdbcTemplate jdbc;
  private final long schoolId;

  public RoundFixture(JdbcTemplate jdbc, String schoolCode) {
    this.jdbc = jdbc;
    this.schoolId = jdbc.queryForObject("SELECT id FROM schools WHERE code = ?", Long.class, schoolCode);
  }

  public long schoolId() {
    return schoolId;
  }

  /** The school's round of the morning report on {@code date}, opened now if there is none. */
  public long openRound(LocalDate date) {
    jdbc.update("INSERT IGNORE INTO rounds (school_id, form_code, business_date, status, opened_at)"
        + " VALUES (?, 'morning-report', ?, 'open', ?)", schoolId, date, Timestamp.from(Instant.now()));
    return jdbc.queryForObject("SELECT id FROM rounds WHERE school_id = ? AND form_code = 'morning-report'"
        + " AND business_date = ?", Long.class, schoolId, date);
  }

  public long classId(String grade, String className) {
    return jdbc.queryForObject("SELECT c.id FROM classes c JOIN grades g ON g.id = c.grade_id"
        + " WHERE c.school_id = ? AND g.name = ? AND c.name = ?", Long.class, schoolId, grade, className);
  }

  /** The class's active students, by student number. */
  public List<Person> studentsOf(long classId) {
    return jdbc.query("SELECT id, name FROM students WHERE class_id = ? AND status = 'active' ORDER BY student_no",
        (rs, i) -> new Person(rs.getLong("id"), rs.getString("name")), classId);
  }

  public Person staff(String dingtalkUserId) {
    return jdbc.queryForObject("SELECT id, name FROM staff WHERE school_id = ? AND dingtalk_user_id = ?",
        (rs, i) -> new Person(rs.getLong("id"), rs.getString("name")), schoolId, dingtalkUserId);
  }

  /** The DingTalk userId of the class teacher. */
  public String classTeacherUserId(long classId) {
    return jdbc.queryForObject("SELECT t.dingtalk_user_id FROM classes c JOIN staff t ON t.id = c.teacher_staff_id"
        + " WHERE c.id = ?", String.class, classId);
  }

  public long firstGuardianOf(long studentId) {
    return jdbc.queryForObject("SELECT MIN(guardian_id) FROM guardian_students WHERE student_id = ?", Long.class,
        studentId);
  }

  /** Every active student of the class is expected in the round. */
  public void expectClass(long roundId, long classId) {
    jdbc.update("INSERT IGNORE INTO round_expected (round_id, subject_kind, subject_id, class_id)"
        + " SELECT ?, 'student', id, class_id FROM students WHERE class_id = ? AND status = 'active'", roundId, classId);
  }

  public void expectStaff(long roundId, long staffId) {
    jdbc.update("INSERT IGNORE INTO round_expected (round_id, subject_kind, subject_id, class_id)"
        + " VALUES (?, 'staff', ?, NULL)", roundId, staffId);
  }

  /** A guardian's answer for a student (a later call is a correction). */
  public void studentAnswer(long roundId, long studentId, String temperature, @Nullable String symptoms) {
    answer(roundId, "student", studentId, "guardian", firstGuardianOf(studentId), temperature, symptoms);
  }

  public void staffAnswer(long roundId, long staffId, String temperature, @Nullable String symptoms) {
    answer(roundId, "staff", staffId, "staff", staffId, temperature, symptoms);
  }

  private void answer(long roundId, String kind, long subjectId, String byKind, long byId, String temperature,
      @Nullable String symptoms) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("INSERT INTO answers (round_id, subject_kind, subject_id, answered_by_kind, answered_by_id,"
            + " temperature, symptoms, health_code, contact, household_symptoms, late, revision, answered_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'green', 0, 0, 0, 1, ?, ?)"
            + " ON DUPLICATE KEY UPDATE temperature = VALUES(temperature), symptoms = VALUES(symptoms),"
            + " revision = revision + 1, updated_at = VALUES(updated_at)",
        roundId, kind, subjectId, byKind, byId, new BigDecimal(temperature), symptoms, now, now);
  }

  public int revisionOf(long roundId, String kind, long subjectId) {
    return jdbc.queryForObject("SELECT revision FROM answers WHERE round_id = ? AND subject_kind = ? AND subject_id = ?",
        Integer.class, roundId, kind, subjectId);
  }

  public record Person(long id, String name) {}
}
