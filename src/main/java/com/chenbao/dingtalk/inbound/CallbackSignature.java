package com.chenbao.dingtalk.inbound;

import com.chenbao.dingtalk.DingTalkMode;
import com.chenbao.dingtalk.DingTalkProperties;
import com.chenbao.dingtalk.DingTalkSignature;
import com.chenbao.shared.StartupRefusedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks the {@code timestamp} and {@code sign} headers DingTalk puts on a robot callback:
 * {@code sign = Base64(HmacSHA256(key = appSecret, data = timestamp + "\n" + appSecret))} and the
 * timestamp within one hour of our clock, either way (docs/dingtalk-api.md section 4a).
 *
 * <p>Only in sandbox mode ({@code chenbao.sandbox.enabled}) is the secret {@link #SANDBOX_APP_SECRET} unless
 * one is configured, so the built-in DingTalk stand-in can sign its callbacks the same way. That secret is
 * public (it is in this code): with the sandbox off a callback signed with it is refused like any forgery.
 */
@Component
class CallbackSignature {

  /** The secret the sandbox signs callbacks with when chenbao.dingtalk.app-secret is not set. */
  static final String SANDBOX_APP_SECRET = "sandbox-app-secret";

  static final Duration MAX_SKEW = Duration.ofHours(1);

  private final byte[] secret;
  private final Clock clock;

  CallbackSignature(DingTalkProperties properties, DingTalkMode mode, Clock clock) {
    this.secret = secretOf(properties, mode).getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  private static String secretOf(DingTalkProperties properties, DingTalkMode mode) {
    String configured = properties.appSecret();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    if (mode.sandbox()) {
      return SANDBOX_APP_SECRET;
    }
    throw new StartupRefusedException("No DingTalk app secret (DINGTALK_APP_SECRET) is set: inbound callbacks cannot be"
        + " verified.", "Set DINGTALK_APP_SECRET to the app's Client Secret.");
  }

  /** True only if both headers are present, the timestamp is fresh and the signature matches. */
  boolean isValid(@Nullable String timestamp, @Nullable String sign) {
    if (timestamp == null || sign == null || !isFresh(timestamp)) {
      return false;
    }
    byte[] expected = sign(timestamp).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, sign.getBytes(StandardCharsets.UTF_8));
  }

  private boolean isFresh(String timestamp) {
    long millis;
    try {
      millis = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      return false;
    }
    return Math.abs(clock.millis() - millis) <= MAX_SKEW.toMillis();
  }

  String sign(String timestamp) {
    return sign(timestamp, secret);
  }

  static String sign(String timestamp, byte[] secret) {
    return DingTalkSignature.sign(timestamp, new String(secret, StandardCharsets.UTF_8));
  }
}
