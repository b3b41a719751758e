package com.chenbao.messaging;

/** What became of one message for one recipient (or group). Mirrors {@code deliveries.status}. */
public enum DeliveryStatus {
  /** Accepted by the platform (asynchronous: accepted, not necessarily read). */
  SENT,
  /**
   * The platform refused this recipient (unknown user id, outside the app's visible range). Do not
   * retry.
   */
  UNDELIVERABLE,
  /**
   * The platform's per-user or per-robot flow control still held it back after the gateway's own
   * retries.
   */
  FLOW_CONTROLLED,
  /**
   * The request left but no answer came (read timeout): it may or may not have been delivered. The
   * gateway does not resend it; the caller decides.
   */
  UNKNOWN,
  /**
   * Definitely not sent (rejected request, retries exhausted, configuration error); see the reason.
   */
  FAILED
}
