package com.chenbao.dingtalk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chenbao.dingtalk.*}, each also settable from the environment (DINGTALK_APP_KEY, ... see
 * application.yml). Whether the service talks to DingTalk or to its sandbox is {@link
 * DingTalkMode}'s call. Secrets never appear in {@link #toString()}.
 */
@Validated
@ConfigurationProperties("chenbao.dingtalk")
public record DingTalkProperties(
    @NotNull @DefaultValue("https://api.dingtalk.com") URI apiBaseUrl,
    @NotNull @DefaultValue("https://oapi.dingtalk.com") URI oapiBaseUrl,
    @Nullable String appKey,
    @Nullable String appSecret,
    @Nullable String robotCode,
    @NotNull @DefaultValue("http") Inbound inbound,
    @Min(1) @DefaultValue("20") int qps,
    @Min(1) @DefaultValue("10000") long monthlyCallQuota,
    @NotNull @DefaultValue("5s") Duration connectTimeout,
    @NotNull @DefaultValue("10s") Duration readTimeout) {

  /**
   * How robot messages reach us: DingTalk POSTs to our callback URL, or we hold a Stream
   * connection.
   */
  public enum Inbound {
    HTTP,
    STREAM
  }

  /** The same settings with other base URLs (the sandbox's, once its port is known). */
  public DingTalkProperties withBaseUrls(URI api, URI oapi) {
    return new DingTalkProperties(
        api,
        oapi,
        appKey,
        appSecret,
        robotCode,
        inbound,
        qps,
        monthlyCallQuota,
        connectTimeout,
        readTimeout);
  }

  /**
   * The settings the adapter uses against the sandbox: its base URLs (known once the web server
   * runs) and the sandbox's pretend app, which the stand-in checks as DingTalk checks a real one.
   */
  DingTalkProperties forSandbox(URI api, URI oapi) {
    return new DingTalkProperties(
        api,
        oapi,
        AppCredentials.SANDBOX_APP_KEY,
        AppCredentials.SANDBOX_APP_SECRET,
        AppCredentials.SANDBOX_ROBOT_CODE,
        inbound,
        qps,
        monthlyCallQuota,
        connectTimeout,
        readTimeout);
  }

  @Override
  public String toString() {
    return "DingTalkProperties[apiBaseUrl="
        + apiBaseUrl
        + ", oapiBaseUrl="
        + oapiBaseUrl
        + ", appKey="
        + appKey
        + ", appSecret="
        + mask(appSecret)
        + ", robotCode="
        + robotCode
        + ", inbound="
        + inbound
        + ", qps="
        + qps
        + ", monthlyCallQuota="
        + monthlyCallQuota
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + "]";
  }

  private static String mask(@Nullable String secret) {
    return secret == null || secret.isBlank() ? "<unset>" : "****";
  }
}
