package com.chenbao.messaging;

/**
 * DingTalk did not accept a reply: an {@code errcode} other than 0, an HTTP error or no answer.
 * Carries DingTalk's errcode (or -1 when there was none) but never the reply's text or the webhook
 * URL.
 */
public class InboundReplyFailedException extends RuntimeException {

  private final long errcode;

  public InboundReplyFailedException(long errcode, String message, Throwable cause) {
    super(message, cause);
    this.errcode = errcode;
  }

  public InboundReplyFailedException(long errcode, String message) {
    super(message);
    this.errcode = errcode;
  }

  public long errcode() {
    return errcode;
  }
}
