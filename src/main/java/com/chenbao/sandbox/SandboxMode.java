package com.chenbao.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The sandbox runs only when asked for: {@code chenbao.sandbox.enabled=true}
 * (CHENBAO_SANDBOX_ENABLED; the {@code sandbox} profile of {@code mvn spring-boot:run}). A missing
 * DingTalk app key does not turn it on; the dingtalk module refuses to start with neither.
 */
class SandboxMode implements Condition {

  /** Credentials of the sandbox's pretend app; the adapter uses the same ones in sandbox mode. */
  static final String APP_KEY = "sandbox-app-key";

  static final String APP_SECRET = "sandbox-app-secret";
  static final String ROBOT_CODE = "sandbox-robot-code";

  static final String PROPERTY = "chenbao.sandbox.enabled";

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return context.getEnvironment().getProperty(PROPERTY, Boolean.class, false);
  }
}
