package com.chenbao.dingtalk.inbound;

/** Builds a fresh, not yet started Stream client whose frames are reported to {@code frames}. */
interface StreamClientFactory {

  StreamClient create(StreamFrameListener frames);
}
