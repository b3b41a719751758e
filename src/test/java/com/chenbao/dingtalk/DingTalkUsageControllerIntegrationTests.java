package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import com.chenbao.messaging.ChatGateway;
import com.chenbao.messaging.OutboundMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The monthly call count is visible to operators and grows by one per batchSend call, not per
 * recipient.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DingTalkUsageControllerIntegrationTests {

  @Autowired TestRestTemplate http;
  @Autowired ChatGateway gateway;

  @Test
  void showsTheMonthsCallsAgainstTheQuota() {
    long before = usage().get("monthCalls").asLong();

    gateway.sendToUsers(List.of("zy_t001", "zy_t002", "zy_t003"), new OutboundMessage.Text("ping"));

    JsonNode after = usage();
    assertThat(after.get("monthCalls").asLong()).isEqualTo(before + 1);
    assertThat(after.get("quota").asLong()).isEqualTo(10_000);
    assertThat(after.get("month").asText()).matches("\\d{4}-\\d{2}");
  }

  @Test
  void needsTheAdminToken() {
    assertThat(http.getForEntity("/api/dingtalk/usage", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private JsonNode usage() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth("test-admin-token");
    ResponseEntity<JsonNode> response =
        http.exchange(
            "/api/dingtalk/usage", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
