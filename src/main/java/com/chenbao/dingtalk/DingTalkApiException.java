package com.chenbao.dingtalk;

import org.jspecify.annotations.Nullable;

/**
 * A DingTalk call that did not succeed, with what the platform said (HTTP status, error code,
 * message) and what the adapter may do about it. Status 0 means no HTTP answer was received.
 */
final class DingTalkApiException extends RuntimeException {

  /** How the failure is handled. Only THROTTLED and TRANSIENT are retried. */
  enum Kind {
    /**
     * QPS limits (403 QpsLimit*, errcode 90018/90002), webhook 130101/660026/410100: retry after a
     * backoff.
     */
    THROTTLED,
    /** HTTP 5xx, or the request never left (connection refused, DNS): retry after a backoff. */
    TRANSIENT,
    /** The request left but no answer came back: it may have been processed. Never retried. */
    OUTCOME_UNKNOWN,
    /** The access token was refused: drop the cached token and retry once with a fresh one. */
    INVALID_TOKEN,
    /** Anything else (parameter errors, permissions, quota, signature): retrying would not help. */
    REJECTED
  }

  private final int httpStatus;
  private final String code;
  private final Kind kind;

  DingTalkApiException(int httpStatus, String code, String message, Kind kind) {
    this(httpStatus, code, message, kind, null);
  }

  DingTalkApiException(
      int httpStatus, String code, String message, Kind kind, @Nullable Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.code = code;
    this.kind = kind;
  }

  int httpStatus() {
    return httpStatus;
  }

  String code() {
    return code;
  }

  Kind kind() {
    return kind;
  }

  boolean retryable() {
    return kind == Kind.THROTTLED || kind == Kind.TRANSIENT;
  }

  /** Short reason for delivery rows and results: status, code and the platform's message. */
  String reason() {
    String text = (httpStatus > 0 ? "HTTP " + httpStatus + " " : "") + code + ": " + getMessage();
    return text.length() <= 250 ? text : text.substring(0, 250);
  }
}
