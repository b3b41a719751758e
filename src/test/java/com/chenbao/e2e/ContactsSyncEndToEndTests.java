package com.chenbao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.demo.DemoHomeSchool;
import com.chenbao.sandbox.SandboxFaults;
import com.chenbao.sandbox.SandboxHomeSchool;
import com.chenbao.sandbox.SandboxHomeSchool.ClassNode;
import com.chenbao.sandbox.SandboxHomeSchool.Contacts;
import com.chenbao.sandbox.SandboxHomeSchool.Guardian;
import com.chenbao.sandbox.SandboxHomeSchool.Relation;
import com.chenbao.sandbox.SandboxHomeSchool.Student;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The home-school contacts sync end to end, over HTTP: the school office's roster (no DingTalk IDs)
 * uploaded through the admin API, the sandbox serving the school's home-school contacts on
 * DingTalk's edu endpoints, the sync run through the admin API. It fills what matches, reports the
 * rest, changes nothing when it stops half-way, and changes nothing when run again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactsSyncEndToEndTests {

  static final String SCHOOL = "edusync";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired SandboxHomeSchool homeSchool;
  @Autowired SandboxFaults faults;
  @Autowired JdbcTemplate jdbc;
  @Autowired DemoHomeSchool demo;

  @AfterEach
  void backToTheDemo() {
    homeSchool.reset();
  }

  @Test
  void fillsWhatMatchesReportsTheRestAndASecondRunChangesNothing() throws Exception {
    setUpTheSchool();
    homeSchool.replace(CONTACTS);
    Map<String, String> before = userIds();
    assertThat(before.values()).containsOnly("-");

    // A call refused half-way through, then a budget too small: each stops, says why, and changes
    // nothing.
    faults.failNext("eduUserGet", 1, 400);
    ResponseEntity<String> failed = sync("");
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
    assertThat(json(failed).get("outcome").asText()).isEqualTo("failed");
    assertThat(json(failed).get("message").asText()).contains("nothing was changed");
    ResponseEntity<String> overBudget = sync("?maxCalls=5");
    assertThat(overBudget.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
    assertThat(json(overBudget).get("outcome").asText()).isEqualTo("budget-exceeded");
    assertThat(json(overBudget).get("calls").asInt()).isEqualTo(5);
    assertThat(userIds()).isEqualTo(before);

    long usageBefore = eduCallsThisMonth();
    ResponseEntity<String> first = sync("");
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode report = json(first);
    assertThat(report.get("outcome").asText()).isEqualTo("completed");
    assertThat(report.get("changed").asBoolean()).isTrue();
    // 3 tree pages, 2 per class, and one mobile per guardian (7).
    assertThat(report.get("calls").asInt()).isEqualTo(14);
    assertThat(eduCallsThisMonth() - usageBefore).isEqualTo(14);
    assertThat(userIds())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry("g:13800001001", "g_wang"),
                    Map.entry("g:13800001002", "g_liu"),
                    Map.entry("g:13800001003", "g_chen"),
                    Map.entry("g:13800001004", "-"),
                    Map.entry("g:13800001005", "g_sun"),
                    Map.entry("g:13800001006", "-"),
                    Map.entry("g:13800001007", "-"),
                    Map.entry("s:2026101", "s_wxm"),
                    Map.entry("s:2026102", "s_cxy"),
                    Map.entry("s:2026103", "-"),
                    Map.entry("s:2026201", "s_cxx"),
                    Map.entry("s:2026202", "s_zxh"),
                    Map.entry("s:2026203", "s_sxm"),
                    Map.entry("s:2026204", "s_zxw"))));
    assertThat(texts(report.get("unmatchedDingtalkGuardians"), "userId"))
        .containsExactly("g_other");
    assertThat(texts(report.get("unmatchedDingtalkGuardians"), "phone"))
        .containsExactly("139****9999");
    assertThat(texts(report.get("unmatchedRosterGuardians"), "name"))
        .containsExactlyInAnyOrder("赵强", "周杰", "林峰");
    assertThat(texts(report.get("unmatchedDingtalkStudents"), "userId")).containsExactly("s_new");
    assertThat(texts(report.get("unmatchedRosterStudents"), "key")).containsExactly("2026103");
    assertThat(report.get("conflicts"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.get("kind").asText()).isEqualTo("phone-shared");
              assertThat(texts(c.get("dingtalkUserIds")))
                  .containsExactlyInAnyOrder("g_zhou1", "g_zhou2");
              assertThat(c.get("rosterName").asText()).isEqualTo("周杰");
            });
    assertThat(first.getBody()).doesNotContain("13800001006", "13900009999");
    ResponseEntity<String> last =
        http.exchange(path(""), HttpMethod.GET, new HttpEntity<>(admin()), String.class);
    assertThat(json(last)).isEqualTo(report);
    assertThat(
            jdbc.queryForList(
                "SELECT a.action FROM audit_log a JOIN schools s ON s.id = a.school_id"
                    + " WHERE s.code = ? AND a.action LIKE 'roster.dingtalk-sync%' ORDER BY a.id",
                String.class, SCHOOL))
        .containsExactly(
            "roster.dingtalk-sync",
            "roster.dingtalk-sync",
            "roster.dingtalk-sync",
            "roster.dingtalk-sync-report");

    Map<String, String> afterFirst = userIds();
    ResponseEntity<String> second = sync("");
    JsonNode again = json(second);
    assertThat(again.get("changed").asBoolean()).isFalse();
    assertThat(again.at("/counts/guardiansFilled").asInt()).isZero();
    assertThat(again.at("/counts/studentsFilled").asInt()).isZero();
    assertThat(again.at("/counts/guardiansAlreadyLinked").asInt()).isEqualTo(4);
    // Matched guardians' mobiles are not fetched again: only the three still unmatched cost a call.
    assertThat(again.get("calls").asInt()).isEqualTo(10);
    assertThat(again.get("conflicts")).hasSize(1);
    assertThat(userIds()).isEqualTo(afterFirst);
  }

  /**
   * Independent of earlier syncs of the demo school: what must hold after any sync, checked against
   * DingTalk's side.
   */
  @Test
  void theDemoSchoolsContactsFillTheGuardiansItsRosterLacks() throws Exception {
    DemoHomeSchool.Contacts dingtalk = demo.contacts().orElseThrow();
    JsonNode report =
        json(
            http.exchange(
                "/api/schools/zhengyuan/roster/dingtalk-sync",
                HttpMethod.POST,
                new HttpEntity<>(admin()),
                String.class));

    assertThat(report.get("outcome").asText()).isEqualTo("completed");
    Map<String, String> byPhone = new TreeMap<>();
    jdbc.query(
        "SELECT g.phone, g.dingtalk_user_id FROM guardians g JOIN schools s ON s.id = g.school_id"
            + " WHERE s.code = 'zhengyuan'",
        rs -> {
          byPhone.put(rs.getString(1), orDash(rs.getString(2)));
        });
    Map<String, Long> mobiles = new TreeMap<>();
    dingtalk.guardians().forEach(g -> mobiles.merge(g.mobile(), 1L, Long::sum));
    List<DemoHomeSchool.Guardian> reachable =
        dingtalk.guardians().stream()
            .filter(g -> mobiles.get(g.mobile()) == 1 && byPhone.containsKey(g.mobile()))
            .toList();
    assertThat(reachable)
        .hasSizeGreaterThan(300)
        .allSatisfy(g -> assertThat(byPhone.get(g.mobile())).as(g.name()).isEqualTo(g.userId()));
    assertThat(
            report.at("/counts/guardiansFilled").asInt()
                + report.at("/counts/guardiansAlreadyLinked").asInt())
        .isEqualTo(reachable.size());
    assertThat(
            report.at("/counts/studentsFilled").asInt()
                + report.at("/counts/studentsAlreadyLinked").asInt())
        .isEqualTo(360);
    assertThat(texts(report.get("unmatchedDingtalkGuardians"), "userId"))
        .contains("zy_x0001")
        .hasSizeGreaterThan(1);
    assertThat(texts(report.get("unmatchedDingtalkStudents"), "userId"))
        .containsExactly("zy_c9901");
    assertThat(report.get("conflicts"))
        .anySatisfy(
            c -> {
              assertThat(c.get("kind").asText()).isEqualTo("phone-shared");
              assertThat(texts(c.get("dingtalkUserIds"))).contains("zy_x0002");
            });
    assertThat(report.get("unmatchedRosterGuardians"))
        .hasSize(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM guardians g JOIN schools s ON s.id = g.school_id WHERE s.code = 'zhengyuan'"
                    + " AND g.dingtalk_user_id IS NULL",
                Integer.class));
  }

  private void setUpTheSchool() {
    HttpHeaders yaml = admin();
    yaml.setContentType(MediaType.valueOf("application/yaml"));
    ResponseEntity<String> school =
        http.exchange(
            "/api/schools/" + SCHOOL,
            HttpMethod.PUT,
            new HttpEntity<>(SCHOOL_FILE, yaml),
            String.class);
    assertThat(school.getStatusCode()).as(school.getBody()).isEqualTo(HttpStatus.OK);
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add(
        "file",
        new ByteArrayResource(ROSTER.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "roster.csv";
          }
        });
    HttpHeaders multipart = admin();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> imported =
        http.exchange(
            "/api/schools/" + SCHOOL + "/roster",
            HttpMethod.POST,
            new HttpEntity<>(form, multipart),
            String.class);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> sync(String query) {
    return http.exchange(path(query), HttpMethod.POST, new HttpEntity<>(admin()), String.class);
  }

  private static String path(String query) {
    return "/api/schools/" + SCHOOL + "/roster/dingtalk-sync" + query;
  }

  /** "g:phone" / "s:studentNo" to the stored DingTalk userId ("-" for none). */
  private Map<String, String> userIds() {
    Map<String, String> ids = new TreeMap<>();
    jdbc.query(
        "SELECT g.phone, g.dingtalk_user_id FROM guardians g JOIN schools s ON s.id = g.school_id WHERE s.code = ?",
        rs -> {
          ids.put("g:" + rs.getString(1), orDash(rs.getString(2)));
        },
        SCHOOL);
    jdbc.query(
        "SELECT st.student_no, st.dingtalk_user_id FROM students st JOIN schools s ON s.id = st.school_id"
            + " WHERE s.code = ?",
        rs -> {
          ids.put("s:" + rs.getString(1), orDash(rs.getString(2)));
        },
        SCHOOL);
    return ids;
  }

  private long eduCallsThisMonth() throws Exception {
    JsonNode usage =
        json(
            http.exchange(
                "/api/dingtalk/usage", HttpMethod.GET, new HttpEntity<>(admin()), String.class));
    long calls = 0;
    for (var it = usage.get("callsByApi").fields(); it.hasNext(); ) {
      var entry = it.next();
      if (entry.getKey().startsWith("topapi/edu/")) {
        calls += entry.getValue().asLong();
      }
    }
    return calls;
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }

  private static JsonNode json(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.path(field).asText()));
    return values;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.asText()));
    return values;
  }

  private static HttpHeaders admin() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth("test-admin-token");
    return headers;
  }

  static final String SCHOOL_FILE =
      """
      code: edusync
      name: 同步测试小学
      grades:
        - {name: 一年级, classes: [1班, 2班]}
      """;

  /** The office's columns only: no DingTalk IDs, phones as people type them. */
  static final String ROSTER =
      String.join(
              "\r\n",
              "年级,班级,学号,学生姓名,家长姓名,关系,家长手机号",
              "一年级,1班,2026101,王小明,王刚,父亲,138 0000 1001",
              "一年级,1班,2026101,王小明,刘敏,母亲,13800001002",
              "一年级,1班,2026102,陈小雨,陈静,母亲,13800001003",
              "一年级,1班,2026103,林小东,林峰,父亲,13800001007",
              "一年级,2班,2026201,陈小雪,陈静,母亲,13800001003",
              "一年级,2班,2026202,赵小虎,赵强,父亲,13800001004",
              "一年级,2班,2026203,孙小美,孙丽,母亲,13800001005",
              "一年级,2班,2026204,周小文,周杰,父亲,13800001006")
          + "\r\n";

  /**
   * DingTalk's side: 陈小雨 without a student number (matched by name in her class), 孙丽's mobile
   * written with +86 and dashes, 周杰's phone also given by 周奶奶 (a conflict: neither is taken), 李阿姨
   * and 新同学 not in the roster, 赵强 and 林峰 (with 林小东) not on DingTalk.
   */
  static final Contacts CONTACTS =
      new Contacts(
          "同步测试小学",
          List.of(new ClassNode("31001", "一年级", "1班"), new ClassNode("31002", "一年级", "2班")),
          List.of(
              new Student("s_wxm", "王小明", "31001", "2026101"),
              new Student("s_cxy", "陈小雨", "31001", null),
              new Student("s_cxx", "陈小雪", "31002", "2026201"),
              new Student("s_zxh", "赵小虎", "31002", "2026202"),
              new Student("s_sxm", "孙小美", "31002", "2026203"),
              new Student("s_zxw", "周小文", "31002", "2026204"),
              new Student("s_new", "新同学", "31002", "2026299")),
          List.of(
              new Guardian("g_wang", "王刚", "13800001001"),
              new Guardian("g_liu", "刘敏", "13800001002"),
              new Guardian("g_chen", "陈静", "13800001003"),
              new Guardian("g_sun", "孙丽", "+86 138-0000-1005"),
              new Guardian("g_zhou1", "周杰", "13800001006"),
              new Guardian("g_zhou2", "周奶奶", "13800001006"),
              new Guardian("g_other", "李阿姨", "13900009999")),
          List.of(
              new Relation("g_wang", "s_wxm", "爸爸", "31001"),
              new Relation("g_liu", "s_wxm", "妈妈", "31001"),
              new Relation("g_chen", "s_cxy", "妈妈", "31001"),
              new Relation("g_chen", "s_cxx", "妈妈", "31002"),
              new Relation("g_sun", "s_sxm", "妈妈", "31002"),
              new Relation("g_zhou1", "s_zxw", "爸爸", "31002"),
              new Relation("g_zhou2", "s_zxw", "奶奶", "31002"),
              new Relation("g_other", "s_new", "妈妈", "31002")));
}
