package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.teaopenapi.models.Config;
import com.chenbao.dingtalk.DingTalkApiException.Kind;
import com.chenbao.dingtalk.DingTalkFakes.TestAdapter;
import com.chenbao.messaging.BatchSendResult;
import com.chenbao.messaging.DeliveryStatus;
import com.chenbao.messaging.OutboundMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** How properties become SDK configuration and credentials, and how failures are classified. */
class SdkWiringTests {

  @Test
  void productionUsesHttpsAndTheHostAsEndpoint() {
    Config config =
        DingTalkOpenApi.sdkConfig(
            DingTalkFakes.properties(
                URI.create("https://api.dingtalk.com"), Duration.ofSeconds(10)));
    assertThat(config.protocol).isEqualTo("https");
    assertThat(config.endpoint).isEqualTo("api.dingtalk.com");
    assertThat(config.readTimeout).isEqualTo(10_000);
    assertThat(config.connectTimeout).isEqualTo(2_000);
  }

  @Test
  void aLocalFakeKeepsItsPortAndScheme() {
    Config config =
        DingTalkOpenApi.sdkConfig(
            DingTalkFakes.properties(URI.create("http://127.0.0.1:18080"), Duration.ofSeconds(1)));
    assertThat(config.protocol).isEqualTo("http");
    assertThat(config.endpoint).isEqualTo("127.0.0.1:18080");
  }

  @Test
  void aBaseUrlWithAPathIsRefusedAtStartup() {
    assertThatThrownBy(
            () ->
                DingTalkOpenApi.sdkConfig(
                    DingTalkFakes.properties(
                        URI.create("http://127.0.0.1:8080/sandbox"), Duration.ofSeconds(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not have a path");
  }

  @Test
  void sandboxModeUsesPlaceholderCredentials() {
    DingTalkProperties sandbox =
        new DingTalkProperties(
            URI.create("http://127.0.0.1:8080"),
            URI.create("http://127.0.0.1:8080"),
            null,
            null,
            null,
            DingTalkProperties.Inbound.HTTP,
            20,
            10_000,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    assertThatThrownBy(() -> AppCredentials.from(sandbox))
        .as("no app key and no sandbox decision")
        .isInstanceOf(IllegalStateException.class);
    AppCredentials credentials =
        AppCredentials.from(
            sandbox.forSandbox(
                URI.create("http://127.0.0.1:8080"),
                URI.create("http://127.0.0.1:8080/sandbox/oapi")));
    assertThat(credentials.appKey()).isEqualTo(AppCredentials.SANDBOX_APP_KEY);
    assertThat(credentials.requireSecret()).isEqualTo(AppCredentials.SANDBOX_APP_SECRET);
    assertThat(credentials.toString()).doesNotContain(AppCredentials.SANDBOX_APP_SECRET);
  }

  @Test
  void aMissingSecretFailsTheCallNotTheStartup() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      DingTalkProperties noSecret =
          new DingTalkProperties(
              URI.create(server.url("/").toString()),
              URI.create("http://127.0.0.1:1"),
              "some-app-key",
              null,
              null,
              DingTalkProperties.Inbound.HTTP,
              20,
              10_000,
              Duration.ofSeconds(1),
              Duration.ofSeconds(1));
      TestAdapter adapter = new TestAdapter(noSecret, DingTalkFakes.settings());

      BatchSendResult result =
          adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

      assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.FAILED);
      assertThat(result.of("u1").reason())
          .contains("No app secret is set for the DingTalk app some-app-key");
      assertThat(server.getRequestCount()).isZero();
      adapter.gateway.close();
    }
  }

  @Test
  void failuresBeforeSendingAreRetryableButTimeoutsAfterAreUnknown() {
    assertThat(SdkErrors.network(new ConnectException("Connection refused")).kind())
        .isEqualTo(Kind.TRANSIENT);
    assertThat(SdkErrors.network(new SocketTimeoutException("connect timed out")).kind())
        .isEqualTo(Kind.TRANSIENT);
    assertThat(SdkErrors.network(new SocketTimeoutException("timeout")).kind())
        .isEqualTo(Kind.OUTCOME_UNKNOWN);
    assertThat(SdkErrors.network(new SocketTimeoutException("Read timed out")).kind())
        .isEqualTo(Kind.OUTCOME_UNKNOWN);
    assertThat(SdkErrors.kindOf(403, "Forbidden.AccessDenied.QpsLimitForApi"))
        .isEqualTo(Kind.THROTTLED);
    assertThat(SdkErrors.kindOf(403, "Forbidden.AccessDenied.ApiCountLimitForOrg"))
        .isEqualTo(Kind.REJECTED);
    assertThat(SdkErrors.kindOf(504, "ServiceTimeout")).isEqualTo(Kind.TRANSIENT);
  }

  @Test
  void connectionRefusedIsRetriedWithinTheBudgetThenFails() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    TestAdapter adapter =
        new TestAdapter(
            DingTalkFakes.properties(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1)),
            DingTalkFakes.settings());

    BatchSendResult result =
        adapter.gateway.sendToUsers(List.of("u1"), new OutboundMessage.Text("hi"));

    assertThat(result.of("u1").status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(result.of("u1").reason()).contains("ConnectException");
    assertThat(adapter.sleeper.sleeps.stream().filter(d -> d.toMillis() >= 500))
        .hasSizeGreaterThan(2);
    adapter.gateway.close();
  }
}
