package com.chenbao.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.roster.SchoolDirectory;
import com.chenbao.roster.StaffRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sandbox answers the DingTalk API the way DingTalk does: validation, error codes, limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxDingTalkApiIntegrationTests {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP =
      new ParameterizedTypeReference<>() {};
  private static final String WEBHOOK_SECRET = "SEC0123456789abcdef";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired SchoolDirectory directory;
  @Autowired SandboxChats chats;

  @BeforeEach
  void tenant() {
    if (directory.findSchool("sbx").isPresent()) {
      return;
    }
    long school = directory.ensureSchool("sbx", "S", ZoneId.of("Asia/Shanghai")).id();
    directory.upsertStaff(school, new StaffRef("T1", "sbx_t1", null, null));
    // SQL on purpose: the roster has no API for a guardian without a student, and working groups
    // come only
    // from a whole school file (schoolconfig's applier), which would also define staff, chats and
    // schedules.
    jdbc.update(
        "INSERT INTO guardians (school_id, name, phone, dingtalk_user_id, created_at, updated_at) VALUES (?, 'G1', '13900000001', 'sbx_g1', NOW(3), NOW(3))",
        school);
    jdbc.update(
        "INSERT INTO working_groups (school_id, code, name, chat_kind, open_conversation_id) VALUES (?, 'lead', 'L', 'app_robot', 'cid-sbx-lead')",
        school);
    jdbc.update(
        "INSERT INTO working_groups (school_id, code, name, chat_kind, webhook_url, webhook_secret) VALUES (?, 'pub', 'P', 'webhook', 'http://x/robot/send?access_token=sbx-pub', ?)",
        school,
        WEBHOOK_SECRET);
  }

  @Test
  void issuesTokensOnlyForTheSandboxApp() {
    assertThat(post("/v1.0/oauth2/accessToken", Map.of("appKey", "x", "appSecret", "y"), null))
        .satisfies(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST))
        .satisfies(r -> assertThat(r.getBody()).containsEntry("code", "invalidClientIdOrSecret"));
    ResponseEntity<Map<String, Object>> ok =
        post(
            "/v1.0/oauth2/accessToken",
            Map.of("appKey", SandboxMode.APP_KEY, "appSecret", SandboxMode.APP_SECRET),
            null);
    assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ok.getBody()).containsEntry("expireIn", 7200).containsKey("accessToken");
  }

  @Test
  void batchSendDeliversToKnownUsersAndReportsUnknownOnes() {
    ResponseEntity<Map<String, Object>> r =
        post(
            "/v1.0/robot/oToMessages/batchSend",
            Map.of(
                "robotCode",
                SandboxMode.ROBOT_CODE,
                "userIds",
                List.of("sbx_g1", "nobody"),
                "msgKey",
                "sampleText",
                "msgParam",
                "{\"content\":\"早上好\"}"),
            token());

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody())
        .containsEntry("invalidStaffIdList", List.of("nobody"))
        .containsKey("processQueryKey");
    assertThat(chats.sentToUser("sbx_g1"))
        .last()
        .satisfies(m -> assertThat(m.text()).isEqualTo("早上好"));
  }

  @Test
  void batchSendRefusesWhatDingTalkRefuses() {
    String token = token();
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add("u" + i);
    }
    assertThat(
            codeOf(
                post(
                    "/v1.0/robot/oToMessages/batchSend",
                    Map.of(
                        "robotCode",
                        SandboxMode.ROBOT_CODE,
                        "userIds",
                        many,
                        "msgKey",
                        "sampleText",
                        "msgParam",
                        "{\"content\":\"x\"}"),
                    token)))
        .isEqualTo("invalidParameter.userIds.overMax");
    assertThat(
            codeOf(
                post(
                    "/v1.0/robot/oToMessages/batchSend",
                    Map.of(
                        "robotCode",
                        SandboxMode.ROBOT_CODE,
                        "userIds",
                        List.of("sbx_g1"),
                        "msgKey",
                        "sampleText",
                        "msgParam",
                        Map.of("content", "x")),
                    token)))
        .isEqualTo("invalidParameter.msgParam.invalid");
    assertThat(
            codeOf(
                post(
                    "/v1.0/robot/oToMessages/batchSend",
                    Map.of(
                        "robotCode",
                        "other",
                        "userIds",
                        List.of("sbx_g1"),
                        "msgKey",
                        "sampleText",
                        "msgParam",
                        "{\"content\":\"x\"}"),
                    token)))
        .isEqualTo("invalidParameter.robotCode.auth");
    ResponseEntity<Map<String, Object>> badToken =
        post(
            "/v1.0/robot/oToMessages/batchSend",
            Map.of(
                "robotCode",
                SandboxMode.ROBOT_CODE,
                "userIds",
                List.of("sbx_g1"),
                "msgKey",
                "sampleText",
                "msgParam",
                "{}"),
            "forged");
    assertThat(badToken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(codeOf(badToken)).isEqualTo("InvalidAuthentication");
  }

  @Test
  void moreThanTwentyCallsASecondAreThrottled() {
    String token = token();
    int throttled = 0;
    for (int i = 0; i < 30; i++) {
      ResponseEntity<Map<String, Object>> r =
          post(
              "/v1.0/robot/groupMessages/send",
              Map.of(
                  "robotCode",
                  SandboxMode.ROBOT_CODE,
                  "openConversationId",
                  "cid-sbx-lead",
                  "msgKey",
                  "sampleMarkdown",
                  "msgParam",
                  "{\"title\":\"t\",\"text\":\"**1**\"}"),
              token);
      if (r.getStatusCode() == HttpStatus.FORBIDDEN) {
        assertThat(codeOf(r)).isEqualTo("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi");
        throttled++;
      }
    }
    assertThat(throttled).isGreaterThanOrEqualTo(1);
  }

  @Test
  void webhookRobotChecksTheSignatureAndTheMinuteLimit() {
    Map<String, Object> body = Map.of("msgtype", "text", "text", Map.of("content", "hi"));
    assertThat(webhook("sbx-pub", body, System.currentTimeMillis(), "wrong"))
        .containsEntry("errcode", 310000);
    assertThat(webhook("no-such", body, System.currentTimeMillis(), null))
        .containsEntry("errcode", 300001);
    int ok = 0;
    Map<String, Object> last = Map.of();
    for (int i = 0; i < 21; i++) {
      long ts = System.currentTimeMillis();
      last =
          webhook(
              "sbx-pub", body, ts, SandboxSigning.sign(WEBHOOK_SECRET, ts + "\n" + WEBHOOK_SECRET));
      if (Integer.valueOf(0).equals(last.get("errcode"))) {
        ok++;
      }
    }
    assertThat(ok).isEqualTo(20);
    assertThat(last).containsEntry("errcode", 130101);
    assertThat(chats.conversation("webhook:sbx-pub")).hasSize(20);
  }

  private Map<String, Object> webhook(
      String accessToken, Map<String, Object> body, long ts, String sign) {
    String url =
        "/sandbox/oapi/robot/send?access_token="
            + accessToken
            + "&timestamp="
            + ts
            + (sign == null ? "" : "&sign=" + URLEncoder.encode(sign, StandardCharsets.UTF_8));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    // A full URI, so the already-encoded sign is not encoded a second time.
    ResponseEntity<Map<String, Object>> r =
        http.exchange(
            java.net.URI.create(http.getRootUri() + url),
            HttpMethod.POST,
            new HttpEntity<>(body, headers),
            MAP);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  private String token() {
    return (String)
        post(
                "/v1.0/oauth2/accessToken",
                Map.of("appKey", SandboxMode.APP_KEY, "appSecret", SandboxMode.APP_SECRET),
                null)
            .getBody()
            .get("accessToken");
  }

  private static String codeOf(ResponseEntity<Map<String, Object>> r) {
    return (String) r.getBody().get("code");
  }

  private ResponseEntity<Map<String, Object>> post(String path, Object body, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (token != null) {
      headers.set("x-acs-dingtalk-access-token", token);
    }
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
  }
}
