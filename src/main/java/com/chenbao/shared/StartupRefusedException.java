package com.chenbao.shared;

/**
 * A setting that would make the service unsafe or lose data: the service refuses to start. The
 * message is one line an operator can act on; {@link StartupRefusedFailureAnalyzer} prints it alone
 * instead of the bean-creation stack around it.
 */
public class StartupRefusedException extends RuntimeException {

  private final String action;

  public StartupRefusedException(String reason, String action) {
    super(reason);
    this.action = action;
  }

  /** What to change so the service starts. */
  public String action() {
    return action;
  }
}
