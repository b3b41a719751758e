package com.chenbao.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.calendar.RoundStep;
import com.chenbao.forms.AnswerValues;
import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Subject;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.RoundSchools;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Answers, corrections and late answers as the conversation module will record them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class AnswerRecorderIntegrationTests {

  @Autowired AnswerRecorder recorder;
  @Autowired RoundSteps steps;
  @Autowired RoundQuery query;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired StudentLeaves leaves;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired Rounds rounds;
  @Autowired FormCatalog forms;
  @Autowired ApplicationEvents events;

  @Test
  void aCorrectionIsTheNextRevisionAndEveryRevisionIsKept() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "ar-correct");
    long round = open(s);
    long xiaoming = s.studentId(roster, "2020001");
    long lina = s.guardianId(roster, "13800000002");
    long zhangwei = s.guardianId(roster, "13800000001");

    RecordedAnswer first =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            lina,
            forms.form(RoundSchools.FORM).attestation(),
            "全部正常",
            "msg-1",
            at(7, 10));
    RecordedAnswer correction =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            zhangwei,
            AnswerValues.none()
                .withTemperature(new BigDecimal("37.6"))
                .withSymptoms(Set.of("dry_cough", "fever")),
            "更正 37.6 咳嗽",
            "msg-2",
            at(7, 40));
    RecordedAnswer repeated =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            zhangwei,
            AnswerValues.none(),
            "更正 37.6 咳嗽",
            "msg-2",
            at(7, 41));

    AnswerValues merged =
        forms
            .form(RoundSchools.FORM)
            .attestation()
            .withAllNormal(false)
            .withTemperature(new BigDecimal("37.6"))
            .withSymptoms(Set.of("dry_cough", "fever"));
    assertThat(first)
        .isEqualTo(
            new RecordedAnswer(
                round, 1, false, false, forms.form(RoundSchools.FORM).attestation()));
    assertThat(correction).isEqualTo(new RecordedAnswer(round, 2, false, false, merged));
    assertThat(repeated).isEqualTo(new RecordedAnswer(round, 2, false, true, merged));
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT answered_by_id, temperature, symptoms, revision, late, raw_text,"
                + " source_msg_id FROM answers WHERE round_id = ? AND subject_id = ?",
            round,
            xiaoming);
    assertThat(row)
        .containsEntry("answered_by_id", zhangwei)
        .containsEntry("temperature", new BigDecimal("37.6"))
        .containsEntry("symptoms", "dry_cough,fever")
        .containsEntry("revision", 2)
        .containsEntry("late", false)
        .containsEntry("raw_text", "更正 37.6 咳嗽")
        .containsEntry("source_msg_id", "msg-2");
    assertThat(
            jdbc.queryForList(
                "SELECT payload_json FROM answer_revisions WHERE round_id = ? AND subject_id = ?"
                    + " ORDER BY revision",
                String.class,
                round,
                xiaoming))
        .hasSize(2)
        .containsExactly(
            "{\"symptoms\":[],\"health_code\":\"green\",\"travel\":null,\"contact\":false,"
                + "\"household_symptoms\":false,\"all_normal\":true}",
            "{\"temperature\":37.6,\"symptoms\":[\"dry_cough\",\"fever\"],\"health_code\":\"green\",\"travel\":null,"
                + "\"contact\":false,\"household_symptoms\":false,\"all_normal\":false}");
    long classId =
        jdbc.queryForObject("SELECT class_id FROM students WHERE id = ?", Long.class, xiaoming);
    assertThat(events.stream(AnswerRecorded.class).filter(e -> e.roundId() == round).toList())
        .containsExactly(
            new AnswerRecorded(
                round,
                s.school().id(),
                RoundSchools.FORM,
                Subject.Kind.STUDENT,
                xiaoming,
                classId,
                1,
                false,
                AnswererKind.GUARDIAN,
                lina,
                forms.form(RoundSchools.FORM).attestation(),
                at(7, 10)),
            new AnswerRecorded(
                round,
                s.school().id(),
                RoundSchools.FORM,
                Subject.Kind.STUDENT,
                xiaoming,
                classId,
                2,
                false,
                AnswererKind.GUARDIAN,
                zhangwei,
                merged,
                at(7, 40)));
    assertThat(query.expectedChildrenOf(round, zhangwei))
        .extracting(ExpectedChild::name, ExpectedChild::className, ExpectedChild::answered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("张小明", "一年级1班", true),
            org.assertj.core.groups.Tuple.tuple("张小红", "一年级2班", false));
  }

  @Test
  void anAnswerAfterTheCutOffOrTheCloseIsLateAndAnOnTimeReportStaysOnTimeWhenCorrectedLate() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "ar-late");
    long round = open(s);
    long xiaoming = s.studentId(roster, "2020001");
    long xiaohong = s.studentId(roster, "2020002");
    long zhangwei = s.guardianId(roster, "13800000001");
    recorder.record(
        round,
        Subject.Kind.STUDENT,
        xiaoming,
        AnswererKind.GUARDIAN,
        zhangwei,
        t("36.5"),
        "36.5",
        null,
        at(7, 59));

    RecordedAnswer lateCorrection =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            zhangwei,
            t("36.6"),
            "36.6",
            null,
            at(8, 0));
    steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, RoundStep.CLOSE);
    RecordedAnswer afterClose =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaohong,
            AnswererKind.GUARDIAN,
            zhangwei,
            t("36.7"),
            "36.7",
            null,
            Instant.now());

    assertThat(lateCorrection.late()).isTrue();
    assertThat(afterClose.late()).isTrue();
    assertThat(
            jdbc.queryForList(
                "SELECT late FROM answers WHERE round_id = ? ORDER BY subject_id",
                Boolean.class,
                round))
        .containsExactly(false, true);
    assertThat(
            events.stream(AnswerRecorded.class)
                .filter(e -> e.roundId() == round)
                .map(AnswerRecorded::late))
        .containsExactly(false, true, true);
    assertThat(query.currentRound(s.school().id(), RoundSchools.FORM, RoundSchools.DATE))
        .hasValueSatisfying(
            r -> {
              assertThat(r.deadline()).isEqualTo(at(8, 0));
              assertThat(r.closedAt()).isNotNull();
              assertThat(r.isLate(at(7, 59))).isFalse();
            });
    assertThat(query.expectedSubjects(round))
        .filteredOn(ExpectedSubject::answered)
        .extracting(ExpectedSubject::name)
        .containsExactly("张小明", "张小红");
  }

  @Test
  void aFollowUpCompletesTheStoredAnswerAndARepeatChangesNothing() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "ar-merge");
    long round = open(s);
    long xiaoming = s.studentId(roster, "2020001");
    long zhangwei = s.guardianId(roster, "13800000001");

    RecordedAnswer symptom =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            zhangwei,
            AnswerValues.none().withSymptoms(Set.of("diarrhea")),
            "la duzi",
            "m-1",
            at(7, 0));
    RecordedAnswer temperature =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            zhangwei,
            t("37.9"),
            "37.9",
            "m-2",
            at(7, 5));
    RecordedAnswer again =
        recorder.record(
            round,
            Subject.Kind.STUDENT,
            xiaoming,
            AnswererKind.GUARDIAN,
            zhangwei,
            t("37.9"),
            "37.9",
            "m-3",
            at(7, 6));

    assertThat(symptom.stored().given()).containsExactly("symptoms");
    assertThat(temperature.revision()).isEqualTo(2);
    assertThat(temperature.stored())
        .isEqualTo(
            AnswerValues.none()
                .withSymptoms(Set.of("diarrhea"))
                .withTemperature(new BigDecimal("37.9")));
    assertThat(again.duplicate()).isTrue();
    assertThat(again.revision()).isEqualTo(2);
    assertThat(
            jdbc.queryForMap(
                "SELECT temperature, symptoms, health_code, contact, all_normal, given_questions, revision"
                    + " FROM answers WHERE round_id = ? AND subject_id = ?",
                round,
                xiaoming))
        .containsEntry("temperature", new BigDecimal("37.9"))
        .containsEntry("symptoms", "diarrhea")
        .containsEntry("health_code", null)
        .containsEntry("contact", null)
        .containsEntry("all_normal", false)
        .containsEntry("given_questions", "symptoms,temperature")
        .containsEntry("revision", 2);
  }

  private static AnswerValues t(String temperature) {
    return AnswerValues.none().withTemperature(new BigDecimal(temperature));
  }

  @Test
  void aSkippedOrUnknownRoundTakesNoAnswers() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "ar-skip");
    steps.skip(s.code(), RoundSchools.FORM, RoundSchools.DATE, "closed");
    long round = s.roundId(rounds);

    assertThatThrownBy(
            () ->
                recorder.record(
                    round,
                    Subject.Kind.STAFF,
                    1,
                    AnswererKind.STAFF,
                    1,
                    AnswerValues.none(),
                    null,
                    null,
                    at(7, 0)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                recorder.record(
                    -1,
                    Subject.Kind.STAFF,
                    1,
                    AnswererKind.STAFF,
                    1,
                    AnswerValues.none(),
                    null,
                    null,
                    at(7, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(query.currentRound(s.school().id(), RoundSchools.FORM, RoundSchools.DATE)).isEmpty();
    assertThat(query.round(s.school().id(), RoundSchools.FORM, RoundSchools.DATE))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RoundStatus.SKIPPED));
    assertThat(events.stream(AnswerRecorded.class).filter(e -> e.roundId() == round)).isEmpty();
    assertThat(List.of()).isEmpty();
  }

  private long open(RoundSchools s) {
    steps.run(s.code(), RoundSchools.FORM, RoundSchools.DATE, RoundStep.PUSH);
    return s.roundId(rounds);
  }

  private static Instant at(int hour, int minute) {
    return RoundSchools.DATE.atTime(hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  }
}
