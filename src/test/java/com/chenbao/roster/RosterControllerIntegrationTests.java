package com.chenbao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
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

/** The roster REST API over real HTTP, with the admin token filter and the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterControllerIntegrationTests {

  private static final String TOKEN = "test-admin-token";

  @Autowired TestRestTemplate http;
  @Autowired SchoolDirectory directory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void
      aFileWithABadPhoneAMissingStudentNoAndAnUnknownClassIsRefusedWithAllThreeAndNothingChanges() {
    School school = RosterFiles.school(directory, "rc-bad");
    assertThat(
            upload(
                    "rc-bad",
                    "名单.csv",
                    RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Integer> before = tableCounts(school.id());
    byte[] bad =
        RosterFiles.csv(
            RosterFiles.STUDENT_HEADER,
            List.of(
                "一年级,1班,2020001,张小明,张伟,父亲,13800000001,u_zhangwei,王老师,t_wang",
                "一年级,1班,2020003,王五,王大,父亲,1380013800,,王老师,t_wang",
                "一年级,2班,,赵六,赵大,母亲,13800000005,,赵老师,",
                "一年级,3班,2020005,钱七,钱大,父亲,13800000006,,,"));

    ResponseEntity<JsonNode> response = upload("rc-bad", "名单.csv", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode body = response.getBody();
    assertThat(body.path("title").asText()).isEqualTo("名单有3处错误，未导入任何数据");
    assertThat(body.path("errors")).hasSize(3);
    assertError(body.path("errors").get(0), 3, "家长手机号", "第3行 家长手机号 格式不正确：1380013800（应为11位手机号）");
    assertError(body.path("errors").get(1), 4, "学号", "第4行 学号 不能为空。");
    assertError(body.path("errors").get(2), 5, "班级", "第5行 班级 「3班」不是「一年级」的班级（一年级的班级：1班、2班）");
    assertThat(body.path("errors").get(0).has("sheet")).isTrue();
    assertThat(tableCounts(school.id())).isEqualTo(before);
  }

  @Test
  void aGoodFileAnswersWithTheCountsAndTheSummaryShowsEachClass() {
    RosterFiles.school(directory, "rc-good");

    ResponseEntity<JsonNode> response =
        upload(
            "rc-good",
            "名单.csv",
            RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().path("created").asInt()).isEqualTo(3);
    assertThat(response.getBody().path("guardians").path("created").asInt()).isEqualTo(3);
    assertThat(response.getBody().path("staff").path("created").asInt()).isEqualTo(3);

    JsonNode summary = get("/api/schools/rc-good/roster/summary", TOKEN).getBody();
    assertThat(summary.path("classes")).hasSize(3);
    JsonNode first = summary.path("classes").get(0);
    assertThat(first.path("grade").asText()).isEqualTo("一年级");
    assertThat(first.path("className").asText()).isEqualTo("1班");
    assertThat(first.path("classTeacher").asText()).isEqualTo("王老师");
    assertThat(first.path("active").asInt()).isEqualTo(1);
    assertThat(first.path("guardians").asInt()).isEqualTo(2);
    JsonNode totals = summary.path("totals");
    assertThat(totals.path("classes").asInt()).isEqualTo(3);
    assertThat(totals.path("active").asInt()).isEqualTo(3);
    assertThat(totals.path("transferredOut").asInt()).isZero();
    assertThat(totals.path("guardians").asInt()).isEqualTo(3); // 张伟 counts once for two children
    assertThat(totals.path("staff").asInt()).isEqualTo(3);
  }

  @Test
  void anUnknownSchoolIs404() {
    ResponseEntity<JsonNode> response =
        upload(
            "rc-nowhere",
            "名单.csv",
            RosterFiles.csv(RosterFiles.STUDENT_HEADER, RosterFiles.GOOD_STUDENTS));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().path("detail").asText()).contains("rc-nowhere");
    assertThat(get("/api/schools/rc-nowhere/roster/summary", TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void emptyUnsupportedAndMissingFilesAre400WithAClearMessage() {
    RosterFiles.school(directory, "rc-files");

    ResponseEntity<JsonNode> empty = upload("rc-files", "名单.csv", new byte[0]);
    ResponseEntity<JsonNode> pdf = upload("rc-files", "名单.pdf", "%PDF-1.4 whatever".getBytes());
    ResponseEntity<JsonNode> noFile =
        http.exchange(
            "/api/schools/rc-files/roster",
            HttpMethod.POST,
            new HttpEntity<>(
                new LinkedMultiValueMap<>(Map.of("other", List.of("x"))), multipartHeaders()),
            JsonNode.class);

    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().path("errors").get(0).path("message").asText()).contains("文件是空的");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pdf.getBody().path("detail").asText()).contains("不是支持的文件类型");
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noFile.getBody().path("detail").asText()).contains("file");
  }

  @Test
  void aFileOverTheByteCapIs413AndTooManyRowsOrAHugeSheetAre400WithAClearMessage()
      throws Exception {
    RosterFiles.school(directory, "rc-caps");
    String row = "一年级,1班,%07d,张小明,张伟,父亲,13800000001,,王老师,";
    List<String> many =
        java.util.stream.IntStream.range(0, 20_001).mapToObj(row::formatted).toList();
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 21; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }

    ResponseEntity<JsonNode> big = upload("rc-caps", "名单.csv", tooLarge);
    ResponseEntity<JsonNode> rows =
        upload("rc-caps", "名单.csv", RosterFiles.csv(RosterFiles.STUDENT_HEADER, many));
    ResponseEntity<JsonNode> sheet = upload("rc-caps", "名单.xlsx", zipped.toByteArray());

    assertThat(big.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(big.getBody().path("detail").asText()).contains("名单文件太大", "5 MB");
    assertThat(rows.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rows.getBody().path("detail").asText()).contains("行数太多", "20000");
    assertThat(sheet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sheet.getBody().path("detail").asText()).contains("工作表太大");
    assertThat(
            count(
                "SELECT COUNT(*) FROM students s JOIN schools sc ON sc.id = s.school_id WHERE sc.code = 'rc-caps'"))
        .isZero();
  }

  @Test
  void withoutTheTokenIs401() {
    assertThat(get("/api/schools/rc-good/roster/summary", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(
            http.exchange(
                    "/api/schools/rc-good/roster",
                    HttpMethod.POST,
                    new HttpEntity<>(body("名单.csv", new byte[] {1}), headers),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static void assertError(JsonNode error, int row, String column, String message) {
    assertThat(error.path("row").asInt()).isEqualTo(row);
    assertThat(error.path("column").asText()).isEqualTo(column);
    assertThat(error.path("message").asText()).isEqualTo(message);
  }

  private Map<String, Integer> tableCounts(long schoolId) {
    return Map.of(
        "students", count("SELECT COUNT(*) FROM students WHERE school_id = ?", schoolId),
        "studentRows",
            count(
                "SELECT COUNT(*) FROM students WHERE school_id = ? AND status = 'active'",
                schoolId),
        "guardians", count("SELECT COUNT(*) FROM guardians WHERE school_id = ?", schoolId),
        "links",
            count(
                "SELECT COUNT(*) FROM guardian_students gs JOIN students s ON s.id = gs.student_id WHERE s.school_id = ?",
                schoolId),
        "staff", count("SELECT COUNT(*) FROM staff WHERE school_id = ?", schoolId),
        "imports", count("SELECT COUNT(*) FROM roster_imports WHERE school_id = ?", schoolId),
        "audit", count("SELECT COUNT(*) FROM audit_log WHERE school_id = ?", schoolId));
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private ResponseEntity<JsonNode> upload(String school, String fileName, byte[] content) {
    return http.exchange(
        "/api/schools/" + school + "/roster",
        HttpMethod.POST,
        new HttpEntity<>(body(fileName, content), multipartHeaders()),
        JsonNode.class);
  }

  private static LinkedMultiValueMap<String, Object> body(String fileName, byte[] content) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    return body;
  }

  private static HttpHeaders multipartHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TOKEN);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return headers;
  }

  private ResponseEntity<JsonNode> get(String path, String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }
}
