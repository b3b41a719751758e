package com.chenbao.dingtalk;

import org.jspecify.annotations.Nullable;

/**
 * The app key/secret and robot code calls are made with. In sandbox mode (no app key configured) placeholders are
 * used, so the adapter works against the local stand-in; with an app key but no secret, calls fail when made.
 */
record AppCredentials(String appKey, @Nullable String appSecret, String robotCode) {

  static final String SANDBOX_APP_KEY = "sandbox-app-key";
  static final String SANDBOX_APP_SECRET = "sandbox-app-secret";
  static final String SANDBOX_ROBOT_CODE = "sandbox-robot-code";

  static AppCredentials from(DingTalkProperties properties) {
    if (properties.sandboxMode()) {
      return new AppCredentials(SANDBOX_APP_KEY, SANDBOX_APP_SECRET, SANDBOX_ROBOT_CODE);
    }
    String appKey = properties.appKey();
    String robotCode = properties.robotCode();
    // For an internal app the robot code equals the app key unless the console says otherwise.
    return new AppCredentials(
        appKey, properties.appSecret(), robotCode == null || robotCode.isBlank() ? appKey : robotCode);
  }

  String requireSecret() {
    if (appSecret == null || appSecret.isBlank()) {
      throw new IllegalStateException("chenbao.dingtalk.app-secret is not set (app key " + appKey + ")");
    }
    return appSecret;
  }

  @Override
  public String toString() {
    return "AppCredentials[appKey=" + appKey + ", appSecret=****, robotCode=" + robotCode + "]";
  }
}
