package com.chenbao.dingtalk;

import org.jspecify.annotations.Nullable;

/**
 * The app key/secret and robot code calls are made with. In sandbox mode the sandbox's pretend app is configured
 * ({@link DingTalkProperties#forSandbox}); with an app key but no secret, calls fail when made.
 */
record AppCredentials(String appKey, @Nullable String appSecret, String robotCode) {

  static final String SANDBOX_APP_KEY = "sandbox-app-key";
  static final String SANDBOX_APP_SECRET = "sandbox-app-secret";
  static final String SANDBOX_ROBOT_CODE = "sandbox-robot-code";

  static AppCredentials from(DingTalkProperties properties) {
    String appKey = properties.appKey();
    if (appKey == null || appKey.isBlank()) {
      throw new IllegalStateException("No DingTalk app key: the adapter was built without a DingTalkMode decision");
    }
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
