package com.chenbao.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chenbao.ChenbaoApplication;
import com.chenbao.shared.StartupRefusedException;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/** Sandbox mode is chosen explicitly; a missing app key alone never turns it on. */
@ExtendWith(OutputCaptureExtension.class)
class DingTalkModeTests {

  @Test
  void anAppKeyMeansDingTalkAndTheSandboxFlagMeansTheSandbox() {
    assertThat(DingTalkMode.decide(properties("key"), new SandboxProperties(false)))
        .isEqualTo(DingTalkMode.DINGTALK);
    assertThat(DingTalkMode.decide(properties(null), new SandboxProperties(true)))
        .isEqualTo(DingTalkMode.SANDBOX);
    assertThat(DingTalkMode.decide(properties(" "), new SandboxProperties(true)))
        .isEqualTo(DingTalkMode.SANDBOX);
  }

  @Test
  void neitherOrBothAreRefusedWithTheReasonAndTheFix() {
    assertThatThrownBy(() -> DingTalkMode.decide(properties(null), new SandboxProperties(false)))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("No DingTalk app key")
        .satisfies(
            e ->
                assertThat(((StartupRefusedException) e).action())
                    .contains("CHENBAO_SANDBOX_ENABLED=true"));
    assertThatThrownBy(() -> DingTalkMode.decide(properties("key"), new SandboxProperties(true)))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("Both");
  }

  @Test
  void withoutAnAppKeyAndWithoutTheSandboxTheServiceDoesNotStartAndSaysWhyInOneReport(
      CapturedOutput output) {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(ChenbaoApplication.class).web(WebApplicationType.NONE);

    // Command-line arguments: above the test configuration, which turns the sandbox on.
    assertThatThrownBy(
            () -> app.run("--chenbao.sandbox.enabled=false", "--chenbao.dingtalk.app-key="))
        .hasRootCauseInstanceOf(StartupRefusedException.class);

    String report =
        output.getAll().substring(output.getAll().lastIndexOf("APPLICATION FAILED TO START"));
    assertThat(report)
        .contains("No DingTalk app key (DINGTALK_APP_KEY) is set and the sandbox is off")
        .contains("Action:")
        .contains("CHENBAO_SANDBOX_ENABLED=true")
        .doesNotContain("BeanCreationException")
        .doesNotContain("\tat ");
  }

  @Test
  void theRunCommandsProfileTurnsTheSandboxOnAndListensOnLoopback() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application-sandbox.yml"));
    Properties sandbox = yaml.getObject();
    assertThat(sandbox)
        .containsEntry("chenbao.sandbox.enabled", true)
        .containsEntry("server.address", "127.0.0.1");

    yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    assertThat(yaml.getObject().getProperty("chenbao.sandbox.enabled"))
        .isEqualTo("${CHENBAO_SANDBOX_ENABLED:false}");
  }

  private static DingTalkProperties properties(String appKey) {
    return new DingTalkProperties(
        URI.create("https://api.dingtalk.com"),
        URI.create("https://oapi.dingtalk.com"),
        appKey,
        "secret",
        null,
        DingTalkProperties.Inbound.HTTP,
        20,
        10_000,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1));
  }
}
