package com.chenbao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChenbaoApplicationIntegrationTests {

  @Autowired TestRestTemplate http;

  @Test
  void healthIsUpOnTheDatabase() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void apiRefusesRequestsWithoutTheBearerToken() {
    assertThat(http.getForEntity("/api/schools/zhengyuan/roster/summary", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/api/schools/zhengyuan/roster/summary", "wrong-token").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apiAcceptsTheConfiguredToken() {
    assertThat(get("/api/no-such-endpoint", "test-admin-token").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> get(String path, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
