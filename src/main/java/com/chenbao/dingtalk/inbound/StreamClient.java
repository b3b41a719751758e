package com.chenbao.dingtalk.inbound;

/**
 * One Stream SDK client (its own connections and threads); a seam so the supervision logic is
 * testable.
 */
interface StreamClient {

  /** Starts connecting in the background; returns without waiting for the websocket. */
  void start() throws Exception;

  void stop() throws Exception;

  /**
   * Whether SYSTEM frames (DingTalk's keepalive pings and its disconnect notice) reach our
   * listener. Without them a quiet connection cannot be told from a dead one, so the silence
   * watchdog stays off.
   */
  boolean seesSystemFrames();
}
