package com.chenbao.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.RosterImporter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small school for the fallback tests, set up as an operator does (school file over the admin
 * API, roster import). 一年级1班 (王老师): 赵小一 (赵刚, whom the robot refuses in the channel test), 钱小二 (钱多,
 * not on DingTalk), 孙小三 (孙丽). 一年级2班 (周老师): 钱小四 (钱多 again). Each test class uses its own school
 * code.
 */
final class FallbackSchool {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  final String code;
  private final TestRestTemplate http;
  private final JdbcTemplate jdbc;

  FallbackSchool(String code, TestRestTemplate http, JdbcTemplate jdbc) {
    this.code = code;
    this.http = http;
    this.jdbc = jdbc;
  }

  void setUp(RosterImporter importer) {
    HttpHeaders headers = admin();
    headers.setContentType(MediaType.valueOf("application/yaml"));
    ResponseEntity<String> school =
        http.exchange(
            "/api/schools/" + code,
            HttpMethod.PUT,
            new HttpEntity<>(schoolFile(), headers),
            String.class);
    assertThat(school.getStatusCode()).as(school.getBody()).isEqualTo(HttpStatus.OK);
    importer.importRoster(code, "roster.csv", roster().getBytes(StandardCharsets.UTF_8));
  }

  String user(String name) {
    return "u_" + code + "_" + name;
  }

  String teacher(String name) {
    return "t_" + code + "_" + name;
  }

  long studentId(String name) {
    return jdbc.queryForObject(
        "SELECT s.id FROM students s JOIN schools sc ON sc.id = s.school_id"
            + " WHERE sc.code = ? AND s.name = ?",
        Long.class,
        code,
        name);
  }

  long guardianId(String phone) {
    return jdbc.queryForObject(
        "SELECT g.id FROM guardians g JOIN schools sc ON sc.id = g.school_id"
            + " WHERE sc.code = ? AND g.phone = ?",
        Long.class,
        code,
        phone);
  }

  long classId(String className) {
    return jdbc.queryForObject(
        "SELECT c.id FROM classes c JOIN schools sc ON sc.id = c.school_id"
            + " WHERE sc.code = ? AND c.name = ?",
        Long.class,
        code,
        className);
  }

  /** student name → the stored answer's columns, for every answer of the school. */
  List<Map<String, Object>> answers() {
    return jdbc.queryForList(
        "SELECT s.name AS student, a.temperature, a.symptoms, a.health_code, a.all_normal,"
            + " a.given_questions, a.answered_by_kind, a.answered_by_id, a.revision FROM answers a"
            + " JOIN students s ON s.id = a.subject_id JOIN rounds r ON r.id = a.round_id"
            + " JOIN schools sc ON sc.id = r.school_id WHERE sc.code = ? AND a.subject_kind = 'student' ORDER BY s.name",
        code);
  }

  int revisions() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM answer_revisions ar JOIN rounds r ON r.id = ar.round_id"
            + " JOIN schools sc ON sc.id = r.school_id WHERE sc.code = ?",
        Integer.class,
        code);
  }

  static HttpHeaders admin() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth("test-admin-token");
    return headers;
  }

  private String schoolFile() {
    return """
        code: %s
        name: 后备渠道测试小学
        grades:
          - {name: 一年级, classes: [1班, 2班]}
        """
        .formatted(code);
  }

  private String roster() {
    String t1 = teacher("wang");
    String t2 = teacher("zhou");
    return String.join(
            "\r\n",
            "年级,班级,学号,学生姓名,家长姓名,关系,家长手机号,家长钉钉ID,班主任,班主任钉钉ID",
            "一年级,1班,2026101,赵小一,赵刚,父亲,13900000001," + user("zhao") + ",王老师," + t1,
            "一年级,1班,2026102,钱小二,钱多,母亲,13900000002,,王老师," + t1,
            "一年级,1班,2026103,孙小三,孙丽,母亲,13900000003," + user("sun") + ",王老师," + t1,
            "一年级,2班,2026104,钱小四,钱多,母亲,13900000002,,周老师," + t2)
        + "\r\n";
  }
}
