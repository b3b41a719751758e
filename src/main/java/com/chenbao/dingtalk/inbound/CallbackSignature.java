package com.chenbao.dingtalk.inbound;

import com.chenbao.dingtalk.AppCredentials;
import com.chenbao.dingtalk.DingTalkApps;
import com.chenbao.dingtalk.DingTalkMode;
import com.chenbao.dingtalk.DingTalkProperties;
import com.chenbao.dingtalk.DingTalkSignature;
import com.chenbao.shared.StartupRefusedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks the {@code timestamp} and {@code sign} headers DingTalk puts on a robot callback: {@code
 * sign = Base64(HmacSHA256(key = appSecret, data = timestamp + "\n" + appSecret))} and the
 * timestamp within one hour of our clock, either way (docs/dingtalk-api.md section 4a).
 *
 * <p>With several DingTalk apps (schools with their own app in their school file) a callback may be
 * signed with any of their secrets; the app its body names (robotCode, or chatbotCorpId) must be
 * the one that signed it.
 *
 * <p>Only in sandbox mode ({@code chenbao.sandbox.enabled}) is the secret {@link
 * #SANDBOX_APP_SECRET} unless one is configured, so the built-in DingTalk stand-in can sign its
 * callbacks the same way. That secret is public (it is in this code): with the sandbox off a
 * callback signed with it is refused like any forgery.
 */
@Component
class CallbackSignature {

  /** The secret the sandbox signs callbacks with when chenbao.dingtalk.app-secret is not set. */
  static final String SANDBOX_APP_SECRET = "sandbox-app-secret";

  static final Duration MAX_SKEW = Duration.ofHours(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] secret;
  private final Clock clock;
  private final Supplier<List<AppCredentials>> schoolApps;
  private final String defaultAppKey;

  /** Only the process-wide app signs callbacks. */
  CallbackSignature(DingTalkProperties properties, DingTalkMode mode, Clock clock) {
    this(properties, mode, clock, List::of);
  }

  /**
   * The process-wide app and every school's own app may sign callbacks (schools' apps only outside
   * sandbox mode).
   */
  @Autowired
  CallbackSignature(
      DingTalkProperties properties, DingTalkMode mode, Clock clock, DingTalkApps apps) {
    this(properties, mode, clock, () -> mode.sandbox() ? List.of() : apps.schoolApps());
  }

  private CallbackSignature(
      DingTalkProperties properties,
      DingTalkMode mode,
      Clock clock,
      Supplier<List<AppCredentials>> schoolApps) {
    this.secret = secretOf(properties, mode).getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
    this.schoolApps = schoolApps;
    this.defaultAppKey =
        properties.appKey() == null || properties.appKey().isBlank() ? "" : properties.appKey();
  }

  /**
   * Who signed a callback.
   *
   * @param app the school's app whose secret matched; null: the process-wide app's
   */
  record Signer(@Nullable AppCredentials app) {}

  private static String secretOf(DingTalkProperties properties, DingTalkMode mode) {
    String configured = properties.appSecret();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    if (mode.sandbox()) {
      return SANDBOX_APP_SECRET;
    }
    throw new StartupRefusedException(
        "No DingTalk app secret (DINGTALK_APP_SECRET) is set: inbound callbacks cannot be"
            + " verified.",
        "Set DINGTALK_APP_SECRET to the app's Client Secret.");
  }

  /**
   * True only if both headers are present, the timestamp is fresh and the process-wide app's
   * signature matches.
   */
  boolean isValid(@Nullable String timestamp, @Nullable String sign) {
    if (timestamp == null || sign == null || !isFresh(timestamp)) {
      return false;
    }
    return matches(sign(timestamp), sign);
  }

  /**
   * The app whose secret signed the callback (the process-wide app first), or null if the headers
   * are missing, stale or signed by none of our apps. Every school's app is tried, as the headers
   * do not say which app; the body's robot code then has to name the same app ({@link
   * #signedByItsApp}).
   */
  @Nullable Signer signer(@Nullable String timestamp, @Nullable String sign) {
    if (timestamp == null || sign == null || !isFresh(timestamp)) {
      return null;
    }
    if (matches(sign(timestamp), sign)) {
      return new Signer(null);
    }
    for (AppCredentials app : schoolApps.get()) {
      String appSecret = app.appSecret();
      if (appSecret != null
          && !appSecret.isBlank()
          && matches(DingTalkSignature.sign(timestamp, appSecret), sign)) {
        return new Signer(app);
      }
    }
    return null;
  }

  /**
   * Whether the app a callback names (its robotCode, else its chatbotCorpId) is the app that signed
   * it: a school's app may only speak for itself. A body naming none of the schools' apps must be
   * signed by the process-wide app.
   */
  boolean signedByItsApp(Signer signer, String body) {
    String robotCode = null;
    String corpId = null;
    try {
      JsonNode json = JSON.readTree(body);
      robotCode = json.path("robotCode").isTextual() ? json.path("robotCode").asText() : null;
      corpId = json.path("chatbotCorpId").isTextual() ? json.path("chatbotCorpId").asText() : null;
    } catch (JsonProcessingException e) {
      // Malformed: the pipeline refuses it; only the process-wide app's signature gets it that far.
    }
    AppCredentials named = named(robotCode, corpId);
    String namedKey = named == null ? defaultAppKey : named.appKey();
    String signedKey = signer.app() == null ? defaultAppKey : signer.app().appKey();
    return java.util.Objects.equals(namedKey, signedKey);
  }

  private @Nullable AppCredentials named(@Nullable String robotCode, @Nullable String corpId) {
    List<AppCredentials> apps = schoolApps.get();
    if (robotCode != null && !robotCode.isBlank()) {
      for (AppCredentials app : apps) {
        if (app.robotCode().equals(robotCode)) {
          return app;
        }
      }
      return null; // a robot code that is not a school's: the process-wide app's
    }
    if (corpId != null && !corpId.isBlank()) {
      for (AppCredentials app : apps) {
        if (corpId.equals(app.corpId())) {
          return app;
        }
      }
    }
    return null;
  }

  private static boolean matches(String expected, String sign) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sign.getBytes(StandardCharsets.UTF_8));
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
