package com.chenbao.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.SchoolDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarControllerIntegrationTests {

  private static final String SCHOOL = "t-calendar-api";
  private static final String TOKEN = "test-admin-token";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired SchoolDirectory schools;
  @Autowired SchoolCalendar calendar;

  @BeforeEach
  void freshSchool() {
    schools.ensureSchool(SCHOOL, "Calendar test school", ZoneId.of("Asia/Shanghai"));
    jdbc.update(
        "DELETE FROM school_closures WHERE school_id = (SELECT id FROM schools WHERE code = ?)",
        SCHOOL);
  }

  private ResponseEntity<String> call(HttpMethod method, String path, String body, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return http.exchange(
        "/api/schools/" + SCHOOL + "/calendar" + path,
        method,
        new HttpEntity<>(body, headers),
        String.class);
  }

  private JsonNode days(String from, String to) throws Exception {
    ResponseEntity<String> response =
        call(HttpMethod.GET, "?from=" + from + "&to=" + to, null, TOKEN);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  @Test
  void theListingGivesEachDatesStatusAndWhy() throws Exception {
    JsonNode days = days("2026-09-30", "2026-10-11");

    assertThat(days).hasSize(12);
    assertThat(days.get(0).path("date").asText()).isEqualTo("2026-09-30");
    assertThat(days.get(0).path("kind").asText()).isEqualTo("SCHOOL_DAY");
    assertThat(days.get(1).path("kind").asText()).isEqualTo("PUBLIC_HOLIDAY");
    assertThat(days.get(1).path("reason").asText()).isEqualTo("国庆节");
    assertThat(days.get(1).path("schoolDay").asBoolean()).isFalse();
    assertThat(days.get(8).path("kind").asText()).isEqualTo("SCHOOL_DAY"); // Thursday 10-08
    assertThat(days.get(10).path("kind").asText()).isEqualTo("MAKE_UP_DAY"); // Saturday 10-10
    assertThat(days.get(10).path("schoolDay").asBoolean()).isTrue();
    assertThat(days.get(11).path("kind").asText()).isEqualTo("WEEKEND");
  }

  @Test
  void aClosureAddedThroughTheApiClosesItsDaysUntilItIsDeleted() throws Exception {
    ResponseEntity<String> created =
        call(
            HttpMethod.POST,
            "/closures",
            "{\"from\":\"2026-03-10\",\"to\":\"2026-03-11\",\"reason\":\"校园消毒，停课两天\"}",
            TOKEN);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode closure = json.readTree(created.getBody());
    long id = closure.path("id").asLong();
    assertThat(id).isPositive();
    assertThat(closure.path("reason").asText()).isEqualTo("校园消毒，停课两天");
    assertThat(
            jdbc.queryForObject(
                "SELECT reason FROM school_closures WHERE id = ?", String.class, id))
        .isEqualTo("校园消毒，停课两天");
    JsonNode days = days("2026-03-09", "2026-03-12");
    assertThat(days.findValuesAsText("kind"))
        .containsExactly("SCHOOL_DAY", "CLOSURE", "CLOSURE", "SCHOOL_DAY");
    assertThat(days.get(1).path("reason").asText()).isEqualTo("校园消毒，停课两天");
    assertThat(calendar.isSchoolDay(SCHOOL, java.time.LocalDate.parse("2026-03-10"))).isFalse();
    assertThat(json.readTree(call(HttpMethod.GET, "/closures", null, TOKEN).getBody())).hasSize(1);

    assertThat(call(HttpMethod.DELETE, "/closures/" + id, null, TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(days("2026-03-10", "2026-03-10").get(0).path("kind").asText())
        .isEqualTo("SCHOOL_DAY");
    assertThat(call(HttpMethod.DELETE, "/closures/" + id, null, TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aClosureWinsOverAMakeUpDay() throws Exception {
    call(
        HttpMethod.POST,
        "/closures",
        "{\"from\":\"2026-10-10\",\"to\":\"2026-10-10\",\"reason\":\"运动会调整\"}",
        TOKEN);

    JsonNode day = days("2026-10-10", "2026-10-10").get(0);
    assertThat(day.path("kind").asText()).isEqualTo("CLOSURE");
    assertThat(day.path("schoolDay").asBoolean()).isFalse();
  }

  @Test
  void everyCalendarCallNeedsTheAdminToken() {
    String body = "{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"reason\":\"x\"}";
    assertThat(call(HttpMethod.POST, "/closures", body, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, "/closures", body, "wrong").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.GET, "?from=2026-03-01&to=2026-03-31", null, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.DELETE, "/closures/1", null, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM school_closures WHERE school_id = (SELECT id FROM schools WHERE code = ?)",
                Integer.class,
                SCHOOL))
        .isZero();
  }

  @Test
  void badRequestsAreProblemDetails() throws Exception {
    ResponseEntity<String> backwards =
        call(
            HttpMethod.POST,
            "/closures",
            "{\"from\":\"2026-03-11\",\"to\":\"2026-03-10\",\"reason\":\"x\"}",
            TOKEN);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(backwards.getBody()).path("detail").asText()).contains("before");
    assertThat(
            call(
                    HttpMethod.POST,
                    "/closures",
                    "{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\"}",
                    TOKEN)
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call(HttpMethod.GET, "?from=2026-01-01&to=2027-12-31", null, TOKEN).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> unknown =
        http.exchange(
            "/api/schools/no-such-school/calendar?from=2026-03-01&to=2026-03-02",
            HttpMethod.GET,
            new HttpEntity<>(bearer()),
            String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static HttpHeaders bearer() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TOKEN);
    return headers;
  }
}
