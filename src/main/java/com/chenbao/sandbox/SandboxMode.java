package com.chenbao.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The sandbox runs when no DingTalk app key is configured ({@code chenbao.dingtalk.app-key}). */
class SandboxMode implements Condition {

  /** Credentials of the sandbox's pretend app; the adapter uses the same ones in sandbox mode. */
  static final String APP_KEY = "sandbox-app-key";
  static final String APP_SECRET = "sandbox-app-secret";
  static final String ROBOT_CODE = "sandbox-robot-code";

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return !StringUtils.hasText(context.getEnvironment().getProperty("chenbao.dingtalk.app-key"));
  }
}
