package com.chenbao.dingtalk;

import org.jspecify.annotations.Nullable;

/**
 * One DingTalk app: the app key/secret and robot code calls are made with, and the org (corpId) and
 * agent id (work notifications) where known. The process-wide app comes from {@code
 * chenbao.dingtalk.*} ({@link #from}); a school with its own {@code dingtalk} section in its school
 * file has its own ({@link DingTalkApps}). In sandbox mode the sandbox's pretend app is configured
 * ({@link DingTalkProperties#forSandbox}); with an app key but no secret, calls fail when made.
 */
public record AppCredentials(
    String appKey,
    @Nullable String appSecret,
    String robotCode,
    @Nullable String corpId,
    @Nullable String agentId) {

  static final String SANDBOX_APP_KEY = "sandbox-app-key";
  static final String SANDBOX_APP_SECRET = "sandbox-app-secret";
  static final String SANDBOX_ROBOT_CODE = "sandbox-robot-code";

  AppCredentials(String appKey, @Nullable String appSecret, String robotCode) {
    this(appKey, appSecret, robotCode, null, null);
  }

  static AppCredentials from(DingTalkProperties properties) {
    String appKey = properties.appKey();
    if (appKey == null || appKey.isBlank()) {
      throw new IllegalStateException(
          "No DingTalk app key: the adapter was built without a DingTalkMode decision");
    }
    String robotCode = properties.robotCode();
    // For an internal app the robot code equals the app key unless the console says otherwise.
    return new AppCredentials(
        appKey,
        properties.appSecret(),
        robotCode == null || robotCode.isBlank() ? appKey : robotCode);
  }

  String requireSecret() {
    if (appSecret == null || appSecret.isBlank()) {
      throw new IllegalStateException(
          "No app secret is set for the DingTalk app "
              + appKey
              + " (chenbao.dingtalk.app-secret, or the school file's dingtalk.appSecret)");
    }
    return appSecret;
  }

  @Override
  public String toString() {
    return "AppCredentials[appKey="
        + appKey
        + ", appSecret=****, robotCode="
        + robotCode
        + ", corpId="
        + corpId
        + ", agentId="
        + agentId
        + "]";
  }
}
