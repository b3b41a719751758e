package com.chenbao.schoolconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolConfigControllerIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  private ResponseEntity<String> put(String code, String yaml, String contentType, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(contentType));
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return http.exchange(
        "/api/schools/" + code,
        HttpMethod.PUT,
        new HttpEntity<>(yaml.getBytes(StandardCharsets.UTF_8), headers),
        String.class);
  }

  private ResponseEntity<String> getGroups(String code) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth("test-admin-token");
    return http.exchange(
        "/api/schools/" + code + "/groups",
        HttpMethod.GET,
        new HttpEntity<>(headers),
        String.class);
  }

  @Test
  void putAppliesTheFileAndSummarisesIt() throws Exception {
    ResponseEntity<String> response =
        put("t-http-ok", SchoolFiles.small("t-http-ok"), "application/yaml", "test-admin-token");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode summary = json.readTree(response.getBody());
    assertThat(summary.path("code").asText()).isEqualTo("t-http-ok");
    assertThat(summary.path("name").asText()).isEqualTo("测试小学");
    assertThat(summary.path("classes").asInt()).isEqualTo(2);
    assertThat(summary.path("groups").asInt()).isEqualTo(2);
    assertThat(summary.path("namedMembers").asInt()).isEqualTo(2);
  }

  @Test
  void aFileOverTheByteCapIs413AndAliasBombsOrDeepNestingAre400() throws Exception {
    String padded = SchoolFiles.small("t-http-big") + "#" + "x".repeat(1024 * 1024) + "\n";
    StringBuilder bomb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = String.valueOf((char) (c - 1));
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append(",*")
          .append(prev)
          .append("]\n");
    }
    String deep = "code: t-http-deep\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";

    ResponseEntity<String> big = put("t-http-big", padded, "application/yaml", "test-admin-token");
    ResponseEntity<String> aliases =
        put("t-http-bomb", bomb.toString(), "application/yaml", "test-admin-token");
    ResponseEntity<String> nested =
        put("t-http-deep", deep, "application/yaml", "test-admin-token");

    assertThat(big.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(json.readTree(big.getBody()).path("detail").asText())
        .contains("学校配置文件太大", "1024 KB");
    // Jackson's YAML reader does not expand aliases into copies, so the "billion laughs" stays
    // small.
    assertThat(aliases.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nested.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nested.getBody()).contains("不是有效的 YAML 格式");
  }

  @Test
  void putRejectsAnInvalidFileWithEveryProblem() throws Exception {
    String bad =
        SchoolFiles.small("t-http-bad")
            .replace("tally: class", "tally: classes")
            .replace("receives: {tally: school", "recieves: {tally: school");

    ResponseEntity<String> response = put("t-http-bad", bad, "text/yaml", "test-admin-token");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode errors = json.readTree(response.getBody()).path("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).path("entry").asText()).isEqualTo("groups[领导小组].recieves");
    assertThat(errors.get(1).path("entry").asText()).isEqualTo("groups[人员管理组].receives.tally");
    assertThat(errors.get(1).path("message").asText()).startsWith("无法识别的统计范围“classes”");
    assertThat(getGroups("t-http-bad").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aSchoolFileWithMistakesReadsBackInChinese() throws Exception {
    String bad =
        SchoolFiles.small("t-http-zh")
            .replace("tally: class", "tally: classes")
            .replace("receives: {tally: school", "recieves: {tally: school")
            .replace("name: 测试小学", "name: \"\"\ncolour: red\ntimeZone: Mars/Base")
            .replace("phone: \"13800000001\"", "phone: call-me")
            .replace("push: \"06:40\"", "push: \"6:30am\"");

    ResponseEntity<String> response = put("t-http-zh", bad, "application/yaml", "test-admin-token");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("title").asText()).isEqualTo("学校配置文件有误");
    assertThat(body.path("detail").asText()).contains("未做任何修改");
    JsonNode errors = body.path("errors");
    assertThat(errors.size()).isGreaterThanOrEqualTo(5);
    for (JsonNode error : errors) {
      // Every message is Chinese: no English sentence is left for the school office.
      assertThat(error.path("message").asText())
          .as(error.toString())
          .containsPattern("\\p{IsHan}")
          .doesNotContain("unknown", "expected", "is not", "must", "required", "duplicate");
    }
    assertThat(errors.findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).contains("无法识别的键“recieves”"))
        .anySatisfy(m -> assertThat(m).isEqualTo("“Mars/Base”不是时区（例如 Asia/Shanghai）"))
        .anySatisfy(m -> assertThat(m).startsWith("“6:30am”不是 HH:mm 格式的时间"))
        .anySatisfy(m -> assertThat(m).isEqualTo("不能为空"));
  }

  @Test
  void putRejectsAFileForAnotherSchool() throws Exception {
    ResponseEntity<String> response =
        put("t-http-other", SchoolFiles.small("t-http-mine"), "text/plain", "test-admin-token");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(response.getBody()).path("errors").get(0);
    assertThat(error.path("entry").asText()).isEqualTo("code");
    assertThat(error.path("message").asText()).contains("t-http-mine", "t-http-other");
  }

  @Test
  void putNeedsTheAdminToken() {
    assertThat(
            put("t-http-auth", SchoolFiles.small("t-http-auth"), "application/yaml", null)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            put("t-http-auth", SchoolFiles.small("t-http-auth"), "application/yaml", "wrong")
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(getGroups("t-http-auth").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void getGroupsShowsTheGroupsButNeverTheWebhookSecretOrToken() throws Exception {
    put("t-http-get", SchoolFiles.small("t-http-get"), "application/yaml", "test-admin-token");

    ResponseEntity<String> response = getGroups("t-http-get");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).doesNotContain("SECabc123", "tok-t-http-get");
    JsonNode groups = json.readTree(response.getBody());
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).path("chat").path("openConversationId").asText())
        .isEqualTo("cid-t-http-get-leadership");
    JsonNode webhook = groups.get(1).path("chat");
    assertThat(webhook.path("kind").asText()).isEqualTo("webhook");
    assertThat(webhook.path("url").asText())
        .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=****");
    assertThat(webhook.path("signed").asBoolean()).isTrue();
    assertThat(groups.get(1).path("receives").path("tally").asText()).isEqualTo("class");
    assertThat(groups.get(1).path("members").get(0).path("name").asText()).isEqualTo("陶洁");
    assertThat(groups.get(1).path("members").get(0).path("role").asText()).isEqualTo("leader");
  }
}
