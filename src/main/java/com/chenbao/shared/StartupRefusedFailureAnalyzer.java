package com.chenbao.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Spring Boot reports a start-up failure through its failure analyzers: this one turns a {@link
 * StartupRefusedException}, however deep in the bean-creation causes, into the plain "APPLICATION
 * FAILED TO START / Description / Action" report with no stack trace. Registered in
 * META-INF/spring.factories.
 */
class StartupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartupRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
