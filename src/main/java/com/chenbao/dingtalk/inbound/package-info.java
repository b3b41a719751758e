/**
 * Inbound robot messages: the signed HTTP callback, the Stream connection and its watchdog, and the
 * one pipeline both feed (store first, then handle once per msgId, then reply).
 */
@org.jspecify.annotations.NullMarked
package com.chenbao.dingtalk.inbound;
