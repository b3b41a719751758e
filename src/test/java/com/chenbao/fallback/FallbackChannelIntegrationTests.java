package com.chenbao.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.RosterImporter;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxFaults;
import com.chenbao.sandbox.SandboxMessage;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fallback channel end to end in the sandbox, over HTTP: a guardian the robot refuses gets one
 * work notification with their link; a guardian without DingTalk gets a link on the class teacher's
 * list; the teacher sees how each guardian was reached; the link's page answers for that guardian's
 * children only, once, through the chat's rules; forged, foreign and expired links store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FallbackChannelIntegrationTests {

  static final LocalDate DAY = LocalDate.of(2026, 12, 3); // a Thursday, a school day
  static final Pattern LINK =
      Pattern.compile("http://127\\.0\\.0\\.1:\\d+/f/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+");

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    TestClock movableClock() {
      return new TestClock(DAY.atTime(6, 0).atZone(TestClock.SHANGHAI).toInstant());
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired RoundSteps steps;
  @Autowired RosterImporter importer;
  @Autowired SandboxChats chats;
  @Autowired SandboxFaults faults;

  @Test
  void guardiansTheRobotCannotReachAreReachedAnotherWay() {
    FallbackSchool school = new FallbackSchool("fbch", http, jdbc);
    school.setUp(importer);
    faults.robotRefuses(school.user("zhao"), true);

    long noticeCallsBefore = noticeCalls();
    clock.setShanghai(DAY.atTime(6, 30));
    steps.run(school.code, "morning-report", DAY, RoundStep.PUSH);
    steps.run(
        school.code, "morning-report", DAY, RoundStep.PUSH); // a second ring sends nothing again

    // 赵刚: refused by the robot, so one work notification carrying his own link, through the ledger.
    List<SandboxMessage> zhao = chats.sentToUser(school.user("zhao"));
    assertThat(zhao)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.senderId()).isEqualTo("work-notice");
              assertThat(m.text()).contains("赵小一").doesNotContain("孙小三", "钱小二");
              assertThat(m.buttons())
                  .singleElement()
                  .satisfies(b -> assertThat(b.url()).matches(LINK));
            });
    assertThat(delivery("13900000001", "prompt")).containsEntry("status", "undeliverable");
    assertThat(delivery("13900000001", "prompt_notice"))
        .containsEntry("status", "sent")
        .containsEntry("channel", "work_notice");
    assertThat(chats.sentToUser(school.user("sun")))
        .singleElement()
        .satisfies(m -> assertThat(m.senderId()).isNotEqualTo("work-notice"));
    assertThat(noticeCalls() - noticeCallsBefore)
        .as("work notification calls counted")
        .isEqualTo(1L);

    // The class teacher's list: how each guardian was reached, and 钱多's link to forward.
    clock.setShanghai(DAY.atTime(7, 50));
    steps.run(school.code, "morning-report", DAY, RoundStep.NOTIFY_TEACHERS);
    String list =
        chats
            .sentToUser(school.teacher("wang"))
            .get(chats.sentToUser(school.teacher("wang")).size() - 1)
            .text();
    assertThat(list).contains("13900000001（工作通知已送达）", "13900000003（钉钉已送达）", "13900000002（未送达）");
    Matcher link = LINK.matcher(list);
    assertThat(link.find()).as(list).isTrue();
    String qianLink = link.group();
    assertThat(list.substring(list.indexOf("填报链接"))).doesNotContain("13900000001");
    String path = qianLink.substring(qianLink.indexOf("/f/"));

    // 钱多's page: her two children, nobody else's.
    ResponseEntity<String> page = http.getForEntity(path, String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getHeaders().getCacheControl()).contains("no-store");
    assertThat(page.getBody()).contains("钱小二", "钱小四").doesNotContain("孙小三", "赵小一", "13900000002");
    assertThat(delivery("13900000002", "form_link"))
        .containsEntry("status", "sent")
        .containsEntry("channel", "link");

    // Someone else's child, an empty answer, a temperature out of range: refused in Chinese,
    // nothing stored.
    assertThat(post(path, school.studentId("孙小三"), false, Map.of()).getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<Map> empty = post(path, school.studentId("钱小二"), false, Map.of());
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(empty.getBody().get("error"))).contains("全部正常");
    ResponseEntity<Map> tooHot =
        post(path, school.studentId("钱小四"), false, Map.of("temperature", "46"));
    assertThat(tooHot.getStatusCode().value()).isEqualTo(400);
    assertThat(String.valueOf(tooHot.getBody().get("error"))).contains("35.0", "42.0");
    assertThat(school.answers()).isEmpty();

    // The attestation stores no temperature; a detailed answer holds only what was filled.
    ResponseEntity<Map> normal = post(path, school.studentId("钱小二"), true, Map.of());
    assertThat(normal.getStatusCode().value()).isEqualTo(200);
    assertThat(String.valueOf(normal.getBody().get("stored"))).contains("全部正常");
    ResponseEntity<Map> cough =
        post(
            path,
            school.studentId("钱小四"),
            false,
            Map.of("temperature", "37.86", "symptoms", List.of("dry_cough")));
    assertThat(cough.getStatusCode().value()).isEqualTo(200);
    assertThat(String.valueOf(cough.getBody().get("stored"))).contains("37.9", "干咳");
    long qian = school.guardianId("13900000002");
    assertThat(school.answers())
        .satisfiesExactly(
            qian2 ->
                assertThat(qian2)
                    .containsEntry("student", "钱小二")
                    .containsEntry("temperature", null)
                    .containsEntry("all_normal", true)
                    .containsEntry("answered_by_kind", "guardian")
                    .containsEntry("answered_by_id", qian)
                    .containsEntry("revision", 1),
            qian4 ->
                assertThat(qian4)
                    .containsEntry("student", "钱小四")
                    .containsEntry("temperature", new BigDecimal("37.9"))
                    .containsEntry("symptoms", "dry_cough")
                    .containsEntry("health_code", null)
                    .containsEntry("given_questions", "symptoms,temperature")
                    .containsEntry("all_normal", false));

    // Once per child: a second submission shows what is stored and stores nothing.
    int revisions = school.revisions();
    ResponseEntity<Map> again =
        post(path, school.studentId("钱小二"), false, Map.of("temperature", "38.5"));
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(String.valueOf(again.getBody().get("error"))).contains("全部正常");
    assertThat(school.revisions()).isEqualTo(revisions);

    // A changed link is refused (403), and so is any link after the cut-off (410): Chinese pages,
    // nothing stored.
    String tampered = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
    ResponseEntity<String> forged = http.getForEntity(tampered, String.class);
    assertThat(forged.getStatusCode().value()).isEqualTo(403);
    assertThat(forged.getBody()).contains("链接无效").doesNotContain("钱小二");
    assertThat(post(tampered, school.studentId("钱小二"), true, Map.of()).getStatusCode().value())
        .isEqualTo(403);
    clock.setShanghai(DAY.atTime(8, 0));
    ResponseEntity<String> expired = http.getForEntity(path, String.class);
    assertThat(expired.getStatusCode().value()).isEqualTo(410);
    assertThat(expired.getBody()).contains("已经过期", "8:00");
    assertThat(school.revisions()).isEqualTo(revisions);
  }

  @Test
  void theAdminApiListsAClassesLinksBehindTheTokenAndAuditsTheRead() {
    FallbackSchool school = new FallbackSchool("fbapi", http, jdbc);
    school.setUp(importer);
    clock.setShanghai(DAY.atTime(6, 30));
    steps.run(school.code, "morning-report", DAY, RoundStep.PUSH);
    String url =
        "/api/schools/"
            + school.code
            + "/forms/morning-report/rounds/"
            + DAY
            + "/classes/"
            + school.classId("2班")
            + "/links";

    assertThat(http.getForEntity(url, String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<List> links =
        http.exchange(url, HttpMethod.GET, new HttpEntity<>(FallbackSchool.admin()), List.class);

    assertThat(links.getStatusCode().value()).isEqualTo(200);
    assertThat(links.getBody())
        .singleElement()
        .satisfies(
            row -> {
              Map<?, ?> guardian = (Map<?, ?>) row;
              assertThat(guardian.get("student")).isEqualTo("钱小四");
              assertThat(guardian.get("guardian")).isEqualTo("钱多");
              assertThat(guardian.get("dingtalk")).isEqualTo(false);
              assertThat(String.valueOf(guardian.get("link"))).matches(LINK);
            });
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log a JOIN schools sc ON sc.id = a.school_id"
                    + " WHERE a.action = 'fallback.read-links' AND sc.code = ?",
                Integer.class,
                school.code))
        .isEqualTo(1);
  }

  private long noticeCalls() {
    return jdbc.queryForObject(
        "SELECT COALESCE(SUM(calls), 0) FROM api_call_counts WHERE api = ?",
        Long.class,
        "topapi/message/corpconversation/asyncsend_v2");
  }

  private Map<String, Object> delivery(String phone, String kind) {
    return jdbc.queryForMap(
        "SELECT d.status, d.channel FROM deliveries d JOIN guardians g ON g.id = d.recipient_id"
            + " JOIN schools sc ON sc.id = g.school_id"
            + " WHERE sc.code = 'fbch' AND d.recipient_kind = 'guardian' AND g.phone = ? AND d.kind = ?",
        phone,
        kind);
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> post(
      String path, long studentId, boolean allNormal, Map<String, Object> answers) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(
        path,
        HttpMethod.POST,
        new HttpEntity<>(
            Map.of("student", studentId, "allNormal", allNormal, "answers", answers), headers),
        Map.class);
  }
}
