package com.chenbao.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.forms.FormCatalog;
import com.chenbao.forms.Subject;
import com.chenbao.roster.RosterImporter;
import com.chenbao.roster.RosterQuery;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.testkit.RoundSchools;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rounds admin API over real HTTP, with the admin token filter and the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoundsControllerIntegrationTests {

  private static final String TOKEN = "test-admin-token";

  @Autowired TestRestTemplate http;
  @Autowired SchoolDirectory directory;
  @Autowired RosterImporter importer;
  @Autowired StudentLeaves leaves;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterQuery roster;
  @Autowired Rounds rounds;
  @Autowired AnswerRecorder recorder;
  @Autowired FormCatalog forms;

  @Test
  void anOperatorRunsAStepAndSeesTheRoundWithMissingPeopleAndPerClassRowsAndTheReadIsAudited() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rc-round");

    ResponseEntity<JsonNode> push =
        call(
            HttpMethod.POST,
            "/api/schools/rc-round/forms/morning-report/rounds/2024-03-04/steps/push",
            null,
            TOKEN);
    recorder.record(
        s.roundId(rounds),
        Subject.Kind.STUDENT,
        s.studentId(roster, "2020002"),
        AnswererKind.GUARDIAN,
        s.guardianId(roster, "13800000001"),
        forms.form(RoundSchools.FORM).attestation(),
        null,
        null,
        RoundSchools.DATE.atTime(8, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    ResponseEntity<JsonNode> round =
        call(
            HttpMethod.GET,
            "/api/schools/rc-round/forms/morning-report/rounds/2024-03-04",
            null,
            TOKEN);

    assertThat(push.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(push.getBody().path("step").asText()).isEqualTo("PUSH");
    assertThat(push.getBody().path("sent").asInt()).isEqualTo(4);
    assertThat(push.getBody().path("undeliverable").asInt()).isEqualTo(1);
    assertThat(round.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = round.getBody();
    assertThat(body.path("status").asText()).isEqualTo("OPEN");
    assertThat(body.path("expected").asInt()).isEqualTo(5);
    assertThat(body.path("answered").asInt()).isEqualTo(1);
    assertThat(body.path("missing").asInt()).isEqualTo(4);
    assertThat(body.path("lateAnswers").asInt()).isEqualTo(1);
    assertThat(body.path("classes").toString())
        .contains(
            "\"className\":\"一年级1班\",\"expected\":2,\"answered\":0,\"missing\":2",
            "\"className\":\"一年级2班\",\"expected\":1,\"answered\":1,\"missing\":0");
    assertThat(body.path("students").toString())
        .isEqualTo("{\"expected\":3,\"answered\":1,\"missing\":2}");
    assertThat(body.path("staff").toString())
        .isEqualTo("{\"expected\":2,\"answered\":0,\"missing\":2}");
    assertThat(body.path("missingPeople").findValuesAsText("name"))
        .containsExactly("张小明", "王小虎", "王老师", "赵老师");
    assertThat(body.path("missingPeople").get(0).path("className").asText()).isEqualTo("一年级1班");
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(actor, ' ', action, ' ', subject) FROM audit_log WHERE school_id = ?",
                String.class,
                s.school().id()))
        .contains("api-token round.read-overview morning-report 2024-03-04");
  }

  @Test
  void theInterpretedAnswersAndTheAnomaliesOfARoundPerClassAreReadableAndAudited() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rc-answers");
    call(
        HttpMethod.POST,
        "/api/schools/rc-answers/forms/morning-report/rounds/2024-03-04/steps/push",
        null,
        TOKEN);
    java.time.Instant seven =
        RoundSchools.DATE.atTime(7, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    recorder.record(
        s.roundId(rounds),
        Subject.Kind.STUDENT,
        s.studentId(roster, "2020001"),
        AnswererKind.GUARDIAN,
        s.guardianId(roster, "13800000002"),
        forms
            .form(RoundSchools.FORM)
            .attestation()
            .withTemperature(new java.math.BigDecimal("38.2")),
        "38.2",
        null,
        seven);
    recorder.record(
        s.roundId(rounds),
        Subject.Kind.STUDENT,
        s.studentId(roster, "2020002"),
        AnswererKind.GUARDIAN,
        s.guardianId(roster, "13800000001"),
        forms.form(RoundSchools.FORM).attestation(),
        "ok",
        null,
        seven);
    com.chenbao.AlertsSettled.inRound(
        jdbc, s.roundId(rounds)); // anomalies are raised after the answer's commit
    String base = "/api/schools/rc-answers/forms/morning-report/rounds/2024-03-04";

    JsonNode all = call(HttpMethod.GET, base + "/answers", null, TOKEN).getBody();
    JsonNode class2 = call(HttpMethod.GET, base + "/answers?class=一年级2班", null, TOKEN).getBody();
    JsonNode overview = call(HttpMethod.GET, base, null, TOKEN).getBody();

    assertThat(all.findValuesAsText("name")).containsExactly("张小明", "张小红");
    assertThat(all.get(0).path("temperature").decimalValue()).isEqualByComparingTo("38.2");
    assertThat(all.get(0).path("answeredBy").asText()).isEqualTo("李娜");
    assertThat(all.get(0).path("answeredByRelation").asText()).isEqualTo("母亲");
    assertThat(all.get(0).path("className").asText()).isEqualTo("一年级1班");
    assertThat(class2.findValuesAsText("name")).containsExactly("张小红");
    assertThat(overview.path("anomalies"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.path("name").asText()).isEqualTo("张小明");
              assertThat(a.path("kind").asText()).isEqualTo("fever");
              assertThat(a.path("severity").asText()).isEqualTo("urgent");
            });
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(action, ' ', subject) FROM audit_log WHERE school_id = ?",
                String.class,
                s.school().id()))
        .contains(
            "round.read-answers morning-report 2024-03-04",
            "round.read-answers morning-report 2024-03-04 一年级2班");
  }

  @Test
  void badStepsDatesSchoolsFormsAndMissingRoundsGetAClearProblem() {
    RoundSchools.create(directory, importer, leaves, "rc-bad");
    String base = "/api/schools/rc-bad/forms/morning-report/rounds/";

    ResponseEntity<JsonNode> badStep =
        call(HttpMethod.POST, base + "2024-03-04/steps/shout", null, TOKEN);
    ResponseEntity<JsonNode> badDate =
        call(HttpMethod.POST, base + "2024-13-40/steps/push", null, TOKEN);
    ResponseEntity<JsonNode> school =
        call(
            HttpMethod.POST,
            "/api/schools/rc-none/forms/morning-report/rounds/2024-03-04/steps/push",
            null,
            TOKEN);
    ResponseEntity<JsonNode> form =
        call(
            HttpMethod.POST,
            "/api/schools/rc-bad/forms/nothing/rounds/2024-03-04/steps/push",
            null,
            TOKEN);
    ResponseEntity<JsonNode> noRound = call(HttpMethod.GET, base + "2024-03-05", null, TOKEN);

    assertThat(badStep.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStep.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(badStep.getBody().path("detail").asText()).startsWith("没有步骤「shout」。");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().path("detail").asText())
        .isEqualTo("日期「2024-13-40」格式不对，请写成 2024-03-04 这样。");
    assertThat(school.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(school.getBody().path("detail").asText()).contains("rc-none");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(form.getBody().path("detail").asText()).isEqualTo("没有表单 nothing。");
    assertThat(noRound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void withoutTheTokenIs401() {
    assertThat(
            call(
                    HttpMethod.GET,
                    "/api/schools/zhengyuan/forms/morning-report/rounds/2024-03-04",
                    null,
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/schools/zhengyuan/forms/morning-report/rounds/2024-03-04/steps/push",
                    null,
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            call(HttpMethod.POST, "/api/schools/zhengyuan/students/1/leaves", Map.of(), null)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aLeaveIsRecordedAndTakesTheStudentOutOfTheOpenRoundOfItsDates() {
    RoundSchools s = RoundSchools.create(directory, importer, leaves, "rc-leave");
    call(
        HttpMethod.POST,
        "/api/schools/rc-leave/forms/morning-report/rounds/2024-03-04/steps/push",
        null,
        TOKEN);

    ResponseEntity<JsonNode> created =
        call(
            HttpMethod.POST,
            "/api/schools/rc-leave/students/2020003/leaves",
            Map.of("from", "2024-03-04", "to", "2024-03-05", "reason", "发烧在家休息"),
            TOKEN);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("studentName").asText()).isEqualTo("王小虎");
    assertThat(created.getBody().path("roundsUpdated").asInt()).isEqualTo(1);
    assertThat(
            jdbc
                .queryForMap(
                    "SELECT from_date, to_date, reason, created_by FROM student_leaves WHERE student_id = ?",
                    s.studentId(roster, "2020003"))
                .values()
                .stream()
                .map(String::valueOf))
        .containsExactly("2024-03-04", "2024-03-05", "发烧在家休息", "api-token");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM round_expected WHERE round_id = ? AND subject_id = ?"
                    + " AND subject_kind = 'student'",
                Integer.class,
                s.roundId(rounds),
                s.studentId(roster, "2020003")))
        .isZero();
  }

  @Test
  void aLeaveWithBadDatesNoReasonOrAnUnknownStudentIsRefused() {
    RoundSchools.create(directory, importer, leaves, "rc-leave-bad");
    String url = "/api/schools/rc-leave-bad/students/2020001/leaves";

    ResponseEntity<JsonNode> reversed =
        call(
            HttpMethod.POST,
            url,
            Map.of("from", "2024-03-05", "to", "2024-03-04", "reason", "x"),
            TOKEN);
    ResponseEntity<JsonNode> noDates = call(HttpMethod.POST, url, Map.of("reason", "x"), TOKEN);
    ResponseEntity<JsonNode> noReason =
        call(HttpMethod.POST, url, Map.of("from", "2024-03-04", "to", "2024-03-04"), TOKEN);
    ResponseEntity<JsonNode> unknown =
        call(
            HttpMethod.POST,
            "/api/schools/rc-leave-bad/students/9999999/leaves",
            Map.of("from", "2024-03-04", "to", "2024-03-04", "reason", "x"),
            TOKEN);

    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody().path("detail").asText())
        .isEqualTo("请假的结束日期 2024-03-04 早于开始日期 2024-03-05。");
    assertThat(noDates.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().path("detail").asText()).isEqualTo("请写上请假原因 reason。");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().path("detail").asText()).isEqualTo("没有找到学号为 9999999 的学生。");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM student_leaves l JOIN students s ON s.id = l.student_id"
                    + " JOIN schools sc ON sc.id = s.school_id WHERE sc.code = 'rc-leave-bad' AND l.created_by <> 'test'",
                Integer.class))
        .isZero();
  }

  private ResponseEntity<JsonNode> call(HttpMethod method, String url, Object body, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return http.exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
