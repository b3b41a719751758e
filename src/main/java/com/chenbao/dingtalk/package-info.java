/**
 * The DingTalk adapter: access tokens, rate limits, robot send APIs, custom webhook robots, the
 * home-school contacts (edu) reads, the inbound callback and Stream mode. The only module that
 * knows DingTalk's SDK and HTTP API.
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.dingtalk;
