package com.chenbao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Listening beyond loopback (server.address=0.0.0.0), the sandbox console lists the roster and
 * replies as any parent only with the admin token: bearer header, or the cookie set by
 * /sandbox?token=.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=0.0.0.0")
class SandboxConsoleTokenIntegrationTests {

  private static final String TOKEN = "test-admin-token";

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void withoutTheTokenThePageTheChatsAndRepliesAre401() throws Exception {
    assertThat(send(get("/sandbox/api/chats")).statusCode()).isEqualTo(401);
    assertThat(send(get("/sandbox")).statusCode()).isEqualTo(401);
    assertThat(send(get("/sandbox/api/messages?chat=user:x")).statusCode()).isEqualTo(401);
    assertThat(send(get("/sandbox?token=wrong")).statusCode()).isEqualTo(401);
    HttpResponse<String> reply =
        send(
            request("/sandbox/api/reply")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"userId\":\"zy_g0001\",\"text\":\"36.5\"}"))
                .build());
    assertThat(reply.statusCode()).isEqualTo(401);
    assertThat(send(get("/sandbox/api/chats", "Cookie", "chenbao_admin=wrong")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theBearerTokenOrTheCookieSetByTheTokenLinkOpenIt() throws Exception {
    assertThat(send(get("/sandbox/api/chats", "Authorization", "Bearer " + TOKEN)).statusCode())
        .isEqualTo(200);

    HttpResponse<String> link = send(get("/sandbox?token=" + TOKEN));
    assertThat(link.statusCode()).isEqualTo(303);
    assertThat(link.headers().firstValue("Location")).hasValue("/sandbox");
    String cookie = link.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");

    String pair = cookie.substring(0, cookie.indexOf(';'));
    assertThat(send(get("/sandbox", "Cookie", pair)).statusCode()).isEqualTo(200);
    assertThat(send(get("/sandbox/api/chats", "Cookie", pair)).statusCode()).isEqualTo(200);
  }

  @Test
  void listeningOnLoopbackNeedsNoToken() {
    assertThat(SandboxConsoleTokenFilter.listensBeyondLoopback("127.0.0.1")).isFalse();
    assertThat(SandboxConsoleTokenFilter.listensBeyondLoopback("::1")).isFalse();
    assertThat(SandboxConsoleTokenFilter.listensBeyondLoopback(null)).isTrue();
    assertThat(SandboxConsoleTokenFilter.listensBeyondLoopback("0.0.0.0")).isTrue();
    assertThat(SandboxConsoleTokenFilter.listensBeyondLoopback("192.168.1.10")).isTrue();
  }

  private HttpRequest get(String path, String... headers) {
    HttpRequest.Builder builder = request(path).GET();
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
