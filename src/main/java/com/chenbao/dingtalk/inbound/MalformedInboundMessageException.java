package com.chenbao.dingtalk.inbound;

/** The payload is not a robot message we can read; retrying it cannot help. */
class MalformedInboundMessageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  MalformedInboundMessageException(String message) {
    super(message);
  }
}
