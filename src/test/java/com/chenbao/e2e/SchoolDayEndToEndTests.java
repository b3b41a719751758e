package com.chenbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.calendar.RoundStep;
import com.chenbao.roster.RosterImporter;
import com.chenbao.sandbox.SandboxCallbackSender;
import com.chenbao.sandbox.SandboxChats;
import com.chenbao.sandbox.SandboxMessage;
import com.chenbao.schoolday.RoundSteps;
import com.chenbao.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole school day in the sandbox, driven by a clock the test moves: the school file and roster
 * as an operator loads them, the steps as the scheduler rings them, replies as parents type them
 * (real signed callbacks), and what every parent, teacher and working group received.
 *
 * <p>The school: 一年级1班 (王老师) and 一年级2班 (赵老师). 张伟 has two children (张小明 in 1班, 张小红 in 2班); 张小明 also
 * has 李娜; 王强 (王小虎's father) is not on DingTalk; 刘小丽 is on leave; 陈静 has 陈一一 (1班) and 陈二二 (2班); 孙丽
 * is 孙小美's mother.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolDayEndToEndTests {

  static final String SCHOOL = "e2e";
  static final String FORM = "morning-report";
  static final LocalDate DAY = LocalDate.of(2026, 12, 1); // a Tuesday, a school day

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    TestClock settableClock() {
      return new TestClock(DAY.atTime(6, 0).atZone(TestClock.SHANGHAI).toInstant());
    }
  }

  @Autowired TestRestTemplate http;
  @Autowired TestClock clock;
  @Autowired RoundSteps steps;
  @Autowired RosterImporter importer;
  @Autowired SandboxCallbackSender parents;
  @Autowired SandboxChats chats;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aWholeMorning() {
    setUpTheSchool();

    at(6, 30);
    steps.run(SCHOOL, FORM, DAY, RoundStep.PUSH);
    steps.run(SCHOOL, FORM, DAY, RoundStep.PUSH); // a second ring changes nothing
    // The same prompt for every guardian, naming nobody; the first reply names the children.
    assertThat(received("zhangwei"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).doesNotContain("张小明", "张小红"));
    assertThat(received("lina"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo(received("zhangwei").get(0).text()));
    assertThat(received("chenjing")).hasSize(1);
    assertThat(received("sunli")).hasSize(1);
    assertThat(received("liufang")).as("only child on leave").isEmpty();
    assertThat(staffReceived("wang")).hasSize(1);
    assertThat(deliveryStatus("guardian", "13800000003")).isEqualTo("undeliverable");

    at(7, 0);
    assertThat(reply("lina", "36.5")).isEqualTo(200);
    assertThat(reply("chenjing", "大宝36.5 小宝36.8")).isEqualTo(200);
    assertThat(reply("sunli", "37.8 有点咳嗽")).isEqualTo(200);
    assertThat(reply("zhangwei", "46")).isEqualTo(200);
    assertThat(reply("wang", "36.4", true)).isEqualTo(200);
    assertThat(answers())
        .containsOnlyKeys("2026001", "2026005", "2026006", "2026007", "staff:wang")
        .containsEntry("2026001", "36.5")
        .containsEntry("2026007", "37.8");
    assertThat(received("zhangwei"))
        .last()
        .satisfies(
            m -> assertThat(m.text()).contains("46").startsWith("您好，今天请报 **张小明、张小红** 的健康情况"));
    assertThat(received("lina"))
        .last()
        .satisfies(m -> assertThat(m.text()).startsWith("您好，今天请报 **张小明** 的健康情况"));

    // The fever reaches, at once and once, the groups that own it and the class teacher.
    assertThat(group("personnel"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("孙小美"));
    assertThat(group("logistics")).singleElement();
    assertThat(group("publicity")).isEmpty();
    assertThat(staffReceived("zhao")).last().satisfies(m -> assertThat(m.text()).contains("孙小美"));

    at(7, 15);
    steps.run(SCHOOL, FORM, DAY, RoundStep.REMIND);
    // 张小红 is still missing, so 张伟 is reminded (in the words every guardian gets); nobody else is
    // chased.
    assertThat(received("zhangwei")).last().satisfies(m -> assertThat(m.text()).contains("还没有报完"));
    assertThat(received("lina")).hasSize(2); // prompt + receipt, no reminder
    assertThat(received("chenjing")).hasSize(2);

    at(7, 50);
    steps.run(SCHOOL, FORM, DAY, RoundStep.NOTIFY_TEACHERS);
    assertThat(staffReceived("wang"))
        .last()
        .satisfies(
            m -> assertThat(m.text()).contains("王小虎", "13800000003").doesNotContain("张小明", "陈一一"));
    assertThat(staffReceived("zhao"))
        .last()
        .satisfies(
            m -> assertThat(m.text()).contains("张小红", "13800000001").doesNotContain("孙小美", "陈二二"));

    at(8, 0);
    steps.run(SCHOOL, FORM, DAY, RoundStep.CLOSE);
    at(8, 2);
    assertThat(reply("zhangwei", "小红36.6")).isEqualTo(200);
    assertThat(answers()).containsEntry("2026002", "36.6");
    assertThat(
            jdbc.queryForObject(
                "SELECT late FROM answers a JOIN students s ON s.id = a.subject_id"
                    + " WHERE a.subject_kind = 'student' AND s.student_no = '2026002'",
                Boolean.class))
        .isTrue();

    at(8, 5);
    steps.run(SCHOOL, FORM, DAY, RoundStep.TALLY);
    steps.run(SCHOOL, FORM, DAY, RoundStep.TALLY);
    assertThat(group("personnel"))
        .hasSize(2)
        .last()
        .satisfies(m -> assertThat(m.text()).contains("王小虎"));
    assertThat(group("publicity"))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).doesNotContain("王小虎", "孙小美", "张小红"));

    // Forged and repeated callbacks change nothing.
    int before = answers().size();
    assertThat(forgedCallback()).isEqualTo(401);
    assertThat(settled(parents.sendText(user("sunli"), "36.6", "e2e-dup"))).isEqualTo(200);
    assertThat(settled(parents.sendText(user("sunli"), "36.6", "e2e-dup"))).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "SELECT MAX(revision) FROM answers a JOIN students s ON s.id = a.subject_id"
                    + " WHERE a.subject_kind = 'student' AND s.student_no = '2026007'",
                Integer.class))
        .isEqualTo(2);
    assertThat(answers()).hasSize(before);
  }

  private void setUpTheSchool() {
    HttpHeaders headers = admin();
    headers.setContentType(MediaType.valueOf("application/yaml"));
    ResponseEntity<String> school =
        http.exchange(
            "/api/schools/" + SCHOOL,
            HttpMethod.PUT,
            new HttpEntity<>(SCHOOL_FILE, headers),
            String.class);
    assertThat(school.getStatusCode()).as(school.getBody()).isEqualTo(HttpStatus.OK);
    importer.importRoster(SCHOOL, "roster.csv", ROSTER.getBytes(StandardCharsets.UTF_8));
    ResponseEntity<String> leave =
        http.exchange(
            "/api/schools/" + SCHOOL + "/students/2026004/leaves",
            HttpMethod.POST,
            new HttpEntity<>(
                Map.of("from", DAY.toString(), "to", DAY.plusDays(2).toString(), "reason", "sick"),
                admin()),
            String.class);
    assertThat(leave.getStatusCode().is2xxSuccessful()).as(leave.getBody()).isTrue();
  }

  private void at(int hour, int minute) {
    clock.setShanghai(LocalDateTime.of(DAY, LocalTime.of(hour, minute)));
  }

  private int reply(String who, String text) {
    return settled(parents.sendText(user(who), text));
  }

  private int reply(String teacher, String text, boolean staff) {
    return settled(parents.sendText(teacherId(teacher), text));
  }

  /** Waits until the worker has handled the message and the alerts it raised have been sent. */
  private int settled(com.chenbao.sandbox.SandboxCallbackSender.Delivery delivery) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM inbound_messages WHERE msg_id = ? AND status IN ('handled', 'failed')",
                        Integer.class,
                        delivery.msgId())
                    == 1);
    com.chenbao.AlertsSettled.inSchool(
        jdbc, jdbc.queryForObject("SELECT id FROM schools WHERE code = ?", Long.class, SCHOOL));
    return delivery.status();
  }

  private List<SandboxMessage> received(String guardian) {
    return chats.sentToUser(user(guardian));
  }

  private List<SandboxMessage> staffReceived(String teacher) {
    return chats.sentToUser(teacherId(teacher));
  }

  private List<SandboxMessage> group(String code) {
    return chats.conversation("group:cid-e2e-" + code);
  }

  /** student number (or staff:<name>) → recorded temperature. */
  private Map<String, String> answers() {
    Map<String, String> byNo = new java.util.TreeMap<>();
    jdbc.query(
        "SELECT s.student_no, a.temperature FROM answers a JOIN students s ON s.id = a.subject_id"
            + " JOIN rounds r ON r.id = a.round_id JOIN schools sc ON sc.id = r.school_id"
            + " WHERE sc.code = ? AND a.subject_kind = 'student'",
        rs -> {
          byNo.put(rs.getString(1), rs.getBigDecimal(2).toPlainString());
        },
        SCHOOL);
    jdbc.query(
        "SELECT st.dingtalk_user_id FROM answers a JOIN staff st ON st.id = a.subject_id"
            + " JOIN rounds r ON r.id = a.round_id JOIN schools sc ON sc.id = r.school_id"
            + " WHERE sc.code = ? AND a.subject_kind = 'staff'",
        rs -> {
          byNo.put("staff:" + rs.getString(1).substring("t_e2e_".length()), "");
        },
        SCHOOL);
    return byNo;
  }

  private String deliveryStatus(String kind, String phone) {
    return jdbc.queryForObject(
        "SELECT d.status FROM deliveries d JOIN guardians g ON g.id = d.recipient_id"
            + " JOIN schools sc ON sc.id = g.school_id WHERE sc.code = ? AND d.recipient_kind = ? AND g.phone = ?"
            + " AND d.kind = 'prompt'",
        String.class,
        SCHOOL,
        kind,
        phone);
  }

  private int forgedCallback() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("timestamp", Long.toString(clock.millis()));
    headers.set("sign", "bm90LXRoZS1yaWdodC1zaWdu");
    String body =
        "{\"msgId\":\"forged-1\",\"msgtype\":\"text\",\"text\":{\"content\":\"36.5\"},"
            + "\"senderStaffId\":\""
            + user("zhangwei")
            + "\",\"conversationType\":\"1\"}";
    return http.exchange(
            "/dingtalk/robot/callback",
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            String.class)
        .getStatusCode()
        .value();
  }

  private static HttpHeaders admin() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth("test-admin-token");
    return headers;
  }

  private static String user(String name) {
    return "u_e2e_" + name;
  }

  private static String teacherId(String name) {
    return "t_e2e_" + name;
  }

  static final String SCHOOL_FILE =
      """
      code: e2e
      name: 端到端测试小学
      grades:
        - {name: 一年级, classes: [1班, 2班]}
      groups:
        - code: personnel
          name: 人员管理组
          members:
            - {name: 组长甲, dingtalkId: t_e2e_lead, role: 组长}
          include: [class-teachers]
          chat:
            robot: {openConversationId: cid-e2e-personnel}
          receives: {tally: class, names: true, missingNames: true, alerts: [all]}
        - code: logistics
          name: 后勤保障组
          members:
            - {name: 保安乙, dingtalkId: t_e2e_guard, role: 组长}
          chat:
            robot: {openConversationId: cid-e2e-logistics}
          receives: {tally: none, names: true, alerts: [fever, red_code]}
        - code: publicity
          name: 宣传及办公室工作组
          members:
            - {name: 小编丙, dingtalkId: t_e2e_editor, role: 组长}
          chat:
            robot: {openConversationId: cid-e2e-publicity}
          receives: {tally: school, names: false}
      """;

  static final String ROSTER =
      String.join(
              "\r\n",
              "年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID",
              "一年级,1班,2026001,张小明,张伟,父亲,13800000001,u_e2e_zhangwei,王老师,t_e2e_wang",
              "一年级,1班,2026001,张小明,李娜,母亲,13800000002,u_e2e_lina,王老师,t_e2e_wang",
              "一年级,1班,2026003,王小虎,王强,父亲,13800000003,,王老师,t_e2e_wang",
              "一年级,1班,2026004,刘小丽,刘芳,母亲,13800000004,u_e2e_liufang,王老师,t_e2e_wang",
              "一年级,1班,2026005,陈一一,陈静,母亲,13800000005,u_e2e_chenjing,王老师,t_e2e_wang",
              "一年级,2班,2026002,张小红,张伟,父亲,13800000001,u_e2e_zhangwei,赵老师,t_e2e_zhao",
              "一年级,2班,2026006,陈二二,陈静,母亲,13800000005,u_e2e_chenjing,赵老师,t_e2e_zhao",
              "一年级,2班,2026007,孙小美,孙丽,母亲,13800000007,u_e2e_sunli,赵老师,t_e2e_zhao")
          + "\r\n";
}
