package com.chenbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChenbaoApplicationIntegrationTests {

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void healthIsUpOnTheDatabaseOnTheManagementPort() {
    ResponseEntity<String> health = management("/actuator/health");
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"");
    assertThat(health.getBody()).contains("\"db\":{\"status\":\"UP\"}");
    // (Spring Boot tests switch the Prometheus export off; metrics stand for it.)
    assertThat(management("/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void thePublicPortServesNoManagementEndpoints() {
    assertThat(managementPort).isNotEqualTo(port);
    for (String path :
        new String[] {
          "/actuator/health", "/actuator/metrics", "/actuator/prometheus", "/actuator"
        }) {
      assertThat(http.getForEntity(path, String.class).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void bothPortsListenOnLoopbackOnly() throws Exception {
    for (InetAddress address : nonLoopbackAddresses()) {
      for (int p : new int[] {port, managementPort}) {
        try (Socket socket = new Socket()) {
          assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, p), 2000))
              .as("connect to %s:%d", address, p)
              .isInstanceOf(IOException.class);
        }
      }
    }
  }

  private ResponseEntity<String> management(String path) {
    return http.getForEntity("http://127.0.0.1:" + managementPort + path, String.class);
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .toList();
  }

  @Test
  void apiRefusesRequestsWithoutTheBearerToken() {
    assertThat(
            http.getForEntity("/api/schools/zhengyuan/roster/summary", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/api/schools/zhengyuan/roster/summary", "wrong-token").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void apiAcceptsTheConfiguredToken() {
    assertThat(get("/api/no-such-endpoint", "test-admin-token").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theOpenApiDocumentDescribesTheAdminApiBehindTheAdminToken() {
    assertThat(http.getForEntity("/api/openapi", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/openapi.yaml", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // springdoc's default path is not served at all, on either port.
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(management("/v3/api-docs").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> doc = get("/api/openapi", "test-admin-token");
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(doc.getBody())
        .contains("\"openapi\":\"3.")
        .contains("Chenbao admin API")
        .contains("\"/api/schools/{schoolCode}/roster\"")
        .contains("\"/api/schools/{schoolCode}/forms/{formCode}/rounds/{date}\"")
        .contains("\"admin-token\":{\"type\":\"http\"")
        // Only the admin API: not the DingTalk callback, not the sandbox.
        .doesNotContain("/dingtalk/robot/callback")
        .doesNotContain("/sandbox");
  }

  @Test
  void infoOnTheManagementPortNamesTheVersionAndTheCommit() {
    ResponseEntity<String> info = management("/actuator/info");
    assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(info.getBody())
        .contains("\"build\":{")
        .contains("\"version\":\"0.1.0-SNAPSHOT\"")
        .contains("\"java\":{");
    // A build without .git (a source tarball) has no commit to show; a clone always has.
    if (getClass().getResource("/git.properties") != null) {
      assertThat(info.getBody()).containsPattern("\"git\":\\{.*\"commit\":\\{\"id\":\"[0-9a-f]{7}");
    }
  }

  private ResponseEntity<String> get(String path, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
