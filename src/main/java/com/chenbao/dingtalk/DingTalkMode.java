package com.chenbao.dingtalk;

import com.chenbao.shared.StartupRefusedException;

/**
 * Whom the service talks to: DingTalk (an app key is configured) or the built-in sandbox ({@code
 * chenbao.sandbox.enabled=true}). Exactly one must be chosen; anything else refuses the start with
 * the reason, because guessing is what left production open (a missing DINGTALK_APP_KEY used to
 * switch the sandbox on, with its console and its publicly known callback secret).
 */
public enum DingTalkMode {
  DINGTALK,
  SANDBOX;

  public static DingTalkMode decide(DingTalkProperties dingtalk, SandboxProperties sandbox) {
    boolean appKey = dingtalk.appKey() != null && !dingtalk.appKey().isBlank();
    if (sandbox.enabled() && appKey) {
      throw new StartupRefusedException(
          "Both a DingTalk app key (DINGTALK_APP_KEY) and the sandbox (chenbao.sandbox.enabled=true) are set.",
          "Set CHENBAO_SANDBOX_ENABLED=false to talk to DingTalk, or unset DINGTALK_APP_KEY to use the sandbox.");
    }
    if (!sandbox.enabled() && !appKey) {
      throw new StartupRefusedException(
          "No DingTalk app key (DINGTALK_APP_KEY) is set and the sandbox is off (chenbao.sandbox.enabled=false).",
          "Set DINGTALK_APP_KEY and DINGTALK_APP_SECRET to talk to DingTalk, or CHENBAO_SANDBOX_ENABLED=true to try"
              + " Chenbao against its built-in DingTalk stand-in on your own machine (mvn spring-boot:run does).");
    }
    return sandbox.enabled() ? SANDBOX : DINGTALK;
  }

  public boolean sandbox() {
    return this == SANDBOX;
  }
}
