package com.chenbao.roster;

/**
 * A read of the home-school contacts that did not finish: DingTalk refused or failed a call, or the
 * sync's call budget ran out. {@code calls} were made (and counted) before it stopped.
 */
public final class HomeSchoolReadFailed extends RuntimeException {

  /** Why the read stopped. */
  public enum Reason {
    BUDGET_EXCEEDED,
    DINGTALK_ERROR
  }

  private final Reason reason;
  private final int calls;

  public HomeSchoolReadFailed(Reason reason, int calls, String message) {
    super(message);
    this.reason = reason;
    this.calls = calls;
  }

  public Reason reason() {
    return reason;
  }

  public int calls() {
    return calls;
  }
}
