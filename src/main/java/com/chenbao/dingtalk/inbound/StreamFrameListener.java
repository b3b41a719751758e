package com.chenbao.dingtalk.inbound;

/** Told about every frame one Stream client receives, from the SDK's threads. */
interface StreamFrameListener {

  /**
   * A SYSTEM frame: topic {@code ping} (keepalive) or {@code disconnect} (the server rotates the
   * connection).
   */
  void onSystemFrame(String topic);

  /** A CALLBACK frame for the robot message topic, before it is processed. */
  void onCallbackFrame();
}
