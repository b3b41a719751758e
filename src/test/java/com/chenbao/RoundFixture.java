package com.chenbao;

import com.chenbao.roster.GuardianView;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.StaffView;
import com.chenbao.roster.StudentView;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rounds, expected subjects and answers of the demo school for tests of the modules that read them
 * (alerts, tallies, retention, delivery). Each test uses its own date.
 *
 * <p>The school, its classes, students, guardians and staff are read through the roster's API
 * ({@link SchoolDirectory}, {@link RosterQuery}). The round, its expected subjects and its answers
 * are still written with SQL into the rounds module's tables, because the rounds API cannot give
 * these tests their state: {@code Rounds.open} snapshots every active student and staff member of
 * the school (the tally test counts exactly two classes and two staff), and {@code
 * AnswerRecorder.record} publishes {@code AnswerRecorded}, which raises alerts and sends messages
 * the tally, retention and delivery tests do not expect. Tests that need the real path (alerts)
 * call {@code AnswerRecorder} themselves.
 */
public final class RoundFixture {

  private final JdbcTemplate jdbc;
  private final RosterQuery roster;
  private final long schoolId;

  public RoundFixture(
      JdbcTemplate jdbc, RosterQuery roster, SchoolDirectory schools, String schoolCode) {
    this.jdbc = jdbc;
    this.roster = roster;
    this.schoolId = schools.findSchool(schoolCode).orElseThrow().id();
  }

  public long schoolId() {
    return schoolId;
  }

  /** The school's round of the morning report on {@code date}, opened now if there is none. */
  public long openRound(LocalDate date) {
    jdbc.update(
        "INSERT IGNORE INTO rounds (school_id, form_code, business_date, status, opened_at)"
            + " VALUES (?, 'morning-report', ?, 'open', ?)",
        schoolId,
        date,
        Timestamp.from(Instant.now()));
    return jdbc.queryForObject(
        "SELECT id FROM rounds WHERE school_id = ? AND form_code = 'morning-report'"
            + " AND business_date = ?",
        Long.class,
        schoolId,
        date);
  }

  public long classId(String grade, String className) {
    return roster.classes(schoolId).stream()
        .filter(c -> c.grade().equals(grade) && c.name().equals(className))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /** The class's active students, by student number. */
  public List<Person> studentsOf(long classId) {
    return roster.activeStudentsOfClass(classId).stream()
        .sorted(Comparator.comparing(StudentView::studentNo))
        .map(s -> new Person(s.id(), s.name()))
        .toList();
  }

  public Person staff(String dingtalkUserId) {
    StaffView staff = roster.staffByDingtalkUserId(schoolId, dingtalkUserId).orElseThrow();
    return new Person(staff.id(), staff.name());
  }

  /** The DingTalk userId of the class teacher. */
  public String classTeacherUserId(long classId) {
    long teacher = Objects.requireNonNull(roster.classById(classId).orElseThrow().teacherStaffId());
    return Objects.requireNonNull(roster.staff(teacher).orElseThrow().dingtalkUserId());
  }

  public long firstGuardianOf(long studentId) {
    return roster.guardiansOfStudent(studentId).stream()
        .mapToLong(GuardianView::id)
        .min()
        .orElseThrow();
  }

  // The writes below are SQL on purpose (see the class comment): the rounds API snapshots the whole
  // school
  // and raises alerts on every answer.

  /** Every active student of the class is expected in the round. */
  public void expectClass(long roundId, long classId) {
    jdbc.update(
        "INSERT IGNORE INTO round_expected (round_id, subject_kind, subject_id, class_id)"
            + " SELECT ?, 'student', id, class_id FROM students WHERE class_id = ? AND status = 'active'",
        roundId,
        classId);
  }

  public void expectStaff(long roundId, long staffId) {
    jdbc.update(
        "INSERT IGNORE INTO round_expected (round_id, subject_kind, subject_id, class_id)"
            + " VALUES (?, 'staff', ?, NULL)",
        roundId,
        staffId);
  }

  /** A guardian's answer for a student (a later call is a correction). */
  public void studentAnswer(
      long roundId, long studentId, String temperature, @Nullable String symptoms) {
    answer(
        roundId,
        "student",
        studentId,
        "guardian",
        firstGuardianOf(studentId),
        temperature,
        symptoms);
  }

  public void staffAnswer(
      long roundId, long staffId, String temperature, @Nullable String symptoms) {
    answer(roundId, "staff", staffId, "staff", staffId, temperature, symptoms);
  }

  private void answer(
      long roundId,
      String kind,
      long subjectId,
      String byKind,
      long byId,
      String temperature,
      @Nullable String symptoms) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "INSERT INTO answers (round_id, subject_kind, subject_id, answered_by_kind, answered_by_id,"
            + " temperature, symptoms, health_code, contact, household_symptoms, late, revision, answered_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 'green', 0, 0, 0, 1, ?, ?)"
            + " ON DUPLICATE KEY UPDATE temperature = VALUES(temperature), symptoms = VALUES(symptoms),"
            + " revision = revision + 1, updated_at = VALUES(updated_at)",
        roundId,
        kind,
        subjectId,
        byKind,
        byId,
        new BigDecimal(temperature),
        symptoms,
        now,
        now);
  }

  public int revisionOf(long roundId, String kind, long subjectId) {
    return jdbc.queryForObject(
        "SELECT revision FROM answers WHERE round_id = ? AND subject_kind = ? AND subject_id = ?",
        Integer.class,
        roundId,
        kind,
        subjectId);
  }

  public record Person(long id, String name) {}
}
