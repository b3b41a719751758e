package com.chenbao.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.AlertsSettled;
import com.chenbao.RoundFixture;
import com.chenbao.RoundFixture.Person;
import com.chenbao.delivery.RetryPass;
import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.Severity;
import com.chenbao.forms.Subject;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.AnswerRecorded;
import com.chenbao.rounds.AnswerRecorder;
import com.chenbao.rounds.AnswererKind;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxFaults;
import com.chenbao.sandbox.SandboxMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An answer recorded in the demo school raises its anomalies once, and each goes at once to the
 * groups subscribed to its kind (through the sandbox DingTalk) and to the class teacher, never
 * twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class AnomalyAlertIntegrationTests {

  private static final String PERSONNEL = "group:cid-zhengyuan-personnel";
  private static final String LOGISTICS = "group:cid-zhengyuan-logistics";
  private static final String LEADERSHIP = "group:cid-zhengyuan-leadership";
  private static final String TEACHING = "group:cid-zhengyuan-teaching";
  private static final String PUBLICITY = "webhook:zhengyuan-publicity";

  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired SchoolDirectory directory;
  @Autowired SandboxChats chats;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired AnomalyQuery anomalyQuery;
  @Autowired SandboxFaults faults;
  @Autowired RetryPass retries;
  @Autowired AnswerRecorder recorder;
  @Autowired Clock clock;
  @Autowired ApplicationEvents recordedEvents;

  private RoundFixture fixture;
  private long classId;
  private String teacherUserId;
  private long since;

  @BeforeEach
  void setUp() {
    fixture = new RoundFixture(jdbc, roster, directory, "zhengyuan");
    classId = fixture.classId("一年级", "1班");
    teacherUserId = fixture.classTeacherUserId(classId);
    since = chats.all().stream().mapToLong(SandboxMessage::seq).max().orElse(0);
  }

  @Test
  void
      aFeverGoesToPersonnelWithNamesLogisticsAsACallToActionLeadershipWithoutNamesAndTheClassTeacherOnce() {
    long round = roundWithClass(LocalDate.of(2031, 3, 3));
    Person student = fixture.studentsOf(classId).get(0);

    answerAndPublish(round, student, "38.2", null);

    List<AnomalyView> anomalies = anomalyQuery.anomaliesOf(round);
    assertThat(anomalies)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo("fever");
              assertThat(a.severity()).isEqualTo(Severity.URGENT);
              assertThat(a.subjectId()).isEqualTo(student.id());
              assertThat(a.detail()).contains("38.2");
            });
    assertThat(received(PERSONNEL))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.title()).contains("发热");
              assertThat(m.text()).contains(student.name(), "一年级1班", "38.2", "紧急");
            });
    assertThat(received(LOGISTICS))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains(student.name(), "38.2", "临时隔离室"));
    assertThat(received(LEADERSHIP))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).contains("一年级1班", "**1**", "发热");
              assertThat(m.text()).doesNotContain(student.name());
            });
    assertThat(received(PUBLICITY)).isEmpty();
    assertThat(received(TEACHING)).isEmpty();
    assertThat(receivedByTeacher())
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains(student.name(), "38.2"));
    assertThat(
            jdbc.queryForList(
                "SELECT status FROM deliveries WHERE dedup_key LIKE ?",
                String.class,
                "a" + anomalies.get(0).id() + ":%"))
        .hasSize(4)
        .containsOnly("sent");
  }

  @Test
  void groupAlertsDingTalkRefusedAreSentAgainByTheLedgersRetryPassOnce() {
    long round = roundWithClass(LocalDate.of(2031, 3, 21));
    Person student = fixture.studentsOf(classId).get(3);
    faults.failNext(
        "groupSend",
        3,
        400); // personnel, logistics and leadership: all refused, not retried by the gateway

    answerAndPublish(round, student, "38.4", null);

    long anomaly = anomalyQuery.anomaliesOf(round).get(0).id();
    assertThat(statuses(anomaly)).containsExactly("failed", "failed", "failed", "sent");
    assertThat(received(PERSONNEL)).isEmpty();
    assertThat(retries.retryDue().total()).as("the backoff has not passed yet").isZero();
    jdbc.update(
        "UPDATE deliveries SET claimed_at = claimed_at - INTERVAL 2 MINUTE WHERE dedup_key LIKE ?",
        "a" + anomaly + ":%");

    assertThat(retries.retryDue().sent()).isEqualTo(3);
    assertThat(retries.retryDue().total()).isZero();

    assertThat(statuses(anomaly)).containsOnly("sent");
    for (String group : List.of(PERSONNEL, LOGISTICS, LEADERSHIP)) {
      assertThat(received(group)).as(group).hasSize(1);
    }
    assertThat(receivedByTeacher()).hasSize(1);
  }

  private List<String> statuses(long anomalyId) {
    return jdbc.queryForList(
        "SELECT status FROM deliveries WHERE dedup_key LIKE ? ORDER BY status",
        String.class,
        "a" + anomalyId + ":%");
  }

  @Test
  void theSameEventAgainOrACorrectionThatStaysFeverishSendsNothingNew() {
    long round = roundWithClass(LocalDate.of(2031, 3, 4));
    Person student = fixture.studentsOf(classId).get(1);
    answerAndPublish(round, student, "38.2", null);
    int before = everythingReceived().size();

    publishAgain(round, student);
    answerAndPublish(round, student, "38.9", null);

    assertThat(fixture.revisionOf(round, "student", student.id())).isEqualTo(2);
    assertThat(everythingReceived()).hasSize(before);
    assertThat(anomalyQuery.anomaliesOf(round, "fever"))
        .singleElement()
        .satisfies(a -> assertThat(a.detail()).contains("38.9"));
  }

  @Test
  void aCoughOnlyIsAWarningForThePersonnelGroupAndTheClassTeacher() {
    long round = roundWithClass(LocalDate.of(2031, 3, 5));
    Person student = fixture.studentsOf(classId).get(2);

    answerAndPublish(round, student, "36.6", "dry_cough");

    assertThat(anomalyQuery.anomaliesOf(round))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo("symptom");
              assertThat(a.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(received(PERSONNEL))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains(student.name(), "干咳", "需关注"));
    assertThat(received(LOGISTICS)).isEmpty();
    assertThat(received(LEADERSHIP)).isEmpty();
    assertThat(received(PUBLICITY)).isEmpty();
    assertThat(receivedByTeacher())
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains(student.name()));
  }

  @Test
  void aCorrectionThatRemovesTheFeverClearsItWithoutRetractionAndItsReturnIsNotAlertedAgain() {
    long round = roundWithClass(LocalDate.of(2031, 3, 6));
    Person student = fixture.studentsOf(classId).get(3);
    answerAndPublish(round, student, "37.8", null);
    int before = everythingReceived().size();

    answerAndPublish(round, student, "36.7", null);
    assertThat(anomalyQuery.anomaliesOf(round)).isEmpty();
    assertThat(anomalyQuery.countsByKind(round)).isEmpty();

    answerAndPublish(round, student, "37.9", null);
    assertThat(anomalyQuery.countsByKind(round)).containsEntry("fever", 1);
    assertThat(everythingReceived()).hasSize(before);
  }

  @Test
  void aFeverAndACoughAreOneMessageToPersonnelAndAFeverAddedByACorrectionIsAlertedOnItsOwn() {
    long round = roundWithClass(LocalDate.of(2031, 3, 7));
    Person student = fixture.studentsOf(classId).get(4);

    answerAndPublish(round, student, "36.8", "dry_cough");
    answerAndPublish(round, student, "38.5", "dry_cough");

    List<SandboxMessage> personnel = received(PERSONNEL);
    assertThat(personnel).hasSize(2);
    assertThat(personnel.get(0).text()).contains("干咳").doesNotContain("38.5");
    assertThat(personnel.get(1).text()).contains("38.5").doesNotContain("干咳");
    assertThat(received(LOGISTICS)).hasSize(1);
    assertThat(receivedByTeacher()).hasSize(2);
  }

  @Test
  void aStaffMembersFeverNamesTheirPostAndGoesToNoClassTeacher() {
    long round = fixture.openRound(LocalDate.of(2031, 3, 8));
    Person guard = fixture.staff("zy_t101");
    fixture.expectStaff(round, guard.id());
    String post =
        jdbc.queryForObject("SELECT title FROM staff WHERE id = ?", String.class, guard.id());

    recorder.record(
        round,
        Subject.Kind.STAFF,
        guard.id(),
        AnswererKind.STAFF,
        guard.id(),
        values("37.5", null),
        "37.5",
        null,
        clock.instant());
    AlertsSettled.inRound(jdbc, round);

    assertThat(received(PERSONNEL))
        .singleElement()
        .satisfies(
            m -> assertThat(m.text()).contains(guard.name(), post == null ? "教职员工" : post, "37.5"));
    assertThat(received(LEADERSHIP))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).doesNotContain(guard.name()));
    assertThat(receivedByTeacher()).isEmpty();
    assertThat(chats.sentToUser("zy_t101").stream().filter(m -> m.seq() > since)).isEmpty();
  }

  private long roundWithClass(LocalDate date) {
    long round = fixture.openRound(date);
    fixture.expectClass(round, classId);
    return round;
  }

  /**
   * Records the answer through the rounds module, which publishes its event; waits for the alerts.
   */
  private void answerAndPublish(long round, Person student, String temperature, String symptoms) {
    recorder.record(
        round,
        Subject.Kind.STUDENT,
        student.id(),
        AnswererKind.GUARDIAN,
        fixture.firstGuardianOf(student.id()),
        values(temperature, symptoms),
        temperature,
        null,
        clock.instant());
    AlertsSettled.inRound(jdbc, round);
  }

  /**
   * The student's last answer event published again (a resubmitted publication), in a transaction.
   */
  private void publishAgain(long round, Person student) {
    AnswerRecorded last =
        recordedEvents.stream(AnswerRecorded.class)
            .filter(e -> e.roundId() == round && e.subjectId() == student.id())
            .reduce((a, b) -> b)
            .orElseThrow();
    transactions.executeWithoutResult(status -> events.publishEvent(last));
    AlertsSettled.inRound(jdbc, round);
  }

  private static AnswerValues values(String temperature, String symptoms) {
    AnswerValues values =
        AnswerValues.none()
            .withTemperature(new BigDecimal(temperature))
            .withHealthCode("green")
            .withContact(false)
            .withHouseholdSymptoms(false);
    return symptoms == null ? values : values.withSymptoms(Set.of(symptoms));
  }

  private List<SandboxMessage> received(String conversation) {
    return chats.conversation(conversation).stream()
        .filter(m -> m.seq() > since && m.fromBot())
        .toList();
  }

  private List<SandboxMessage> receivedByTeacher() {
    return chats.sentToUser(teacherUserId).stream().filter(m -> m.seq() > since).toList();
  }

  private List<SandboxMessage> everythingReceived() {
    return chats.all().stream().filter(m -> m.seq() > since && m.fromBot()).toList();
  }
}
