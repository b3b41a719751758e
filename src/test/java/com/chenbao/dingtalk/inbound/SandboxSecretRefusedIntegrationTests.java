package com.chenbao.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.chenbao.dingtalk.DingTalkMode;
import com.chenbao.dingtalk.DingTalkProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sandbox's callback secret is public: with the sandbox off, a callback signed with it is a
 * forgery.
 */
@SpringBootTest(
    properties = {
      "chenbao.sandbox.enabled=false",
      "chenbao.dingtalk.app-key=real-app-key",
      "chenbao.dingtalk.app-secret=real-app-secret",
      "chenbao.dingtalk.api-base-url=http://127.0.0.1:1",
      "chenbao.dingtalk.oapi-base-url=http://127.0.0.1:1"
    })
@AutoConfigureMockMvc
class SandboxSecretRefusedIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void aCallbackSignedWithTheSandboxSecretIs401WhenTheSandboxIsOff() throws Exception {
    long now = System.currentTimeMillis();
    String sign =
        CallbackSignature.sign(
            String.valueOf(now),
            CallbackSignature.SANDBOX_APP_SECRET.getBytes(StandardCharsets.UTF_8));

    mvc.perform(
            post("/dingtalk/robot/callback")
                .contentType(MediaType.APPLICATION_JSON)
                .header("timestamp", String.valueOf(now))
                .header("sign", sign)
                .content(
                    RobotCallbackIntegrationTests.textMessage(
                        RobotCallbackIntegrationTests.newMsgId(), "36.5")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theSandboxSecretIsOnlyTheDefaultInSandboxMode() {
    long now = System.currentTimeMillis();
    String ts = String.valueOf(now);
    String sandboxSigned =
        CallbackSignature.sign(
            ts, CallbackSignature.SANDBOX_APP_SECRET.getBytes(StandardCharsets.UTF_8));

    assertThat(
            new CallbackSignature(
                    properties("key", "real"), DingTalkMode.DINGTALK, Clock.systemUTC())
                .isValid(ts, sandboxSigned))
        .isFalse();
    assertThat(
            new CallbackSignature(properties(null, null), DingTalkMode.SANDBOX, Clock.systemUTC())
                .isValid(ts, sandboxSigned))
        .isTrue();
  }

  private static DingTalkProperties properties(String appKey, String appSecret) {
    return new DingTalkProperties(
        URI.create("http://127.0.0.1:1"),
        URI.create("http://127.0.0.1:1"),
        appKey,
        appSecret,
        null,
        DingTalkProperties.Inbound.HTTP,
        20,
        10_000,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1));
  }
}
