package com.chenbao.dingtalk.inbound;

/** How a robot message reached us; stored in {@code inbound_messages.channel}. */
enum InboundChannel {
  HTTP,
  STREAM
}
