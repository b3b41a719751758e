package com.chenbao.fallback;

import com.chenbao.shared.DataDirProperties;
import com.chenbao.shared.SecretFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the token of a guardian's personal link: {@code base64url(payload) "."
 * base64url(HMAC-SHA256)}, the payload {@code v1|school id|form|date|guardian id|expiry epoch
 * seconds}. The signature covers every field, so a changed school, date, guardian or expiry is a
 * forgery; the expiry is the round's cut-off.
 */
@Component
class LinkSigner {

  static final String SECRET_FILE = "form-link-secret";
  private static final Pattern PAYLOAD =
      Pattern.compile(
          "v1\\|(\\d{1,18})\\|([a-z0-9-]{1,64})\\|(\\d{4}-\\d{2}-\\d{2})\\|(\\d{1,18})\\|(\\d{1,12})");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final byte[] key;
  private final Clock clock;

  @Autowired
  LinkSigner(FallbackProperties properties, DataDirProperties dataDir, Clock clock) {
    this(secret(properties, dataDir.dataDir()), clock);
  }

  LinkSigner(String secret, Clock clock) {
    this.key = secret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  private static String secret(FallbackProperties properties, Path dataDir) {
    String configured = properties.linkSecret();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path file = dataDir.resolve(SECRET_FILE);
    return SecretFile.read(file)
        .orElseGet(
            () -> {
              String generated = SecretFile.generate();
              SecretFile.write(file, generated);
              return generated;
            });
  }

  /** What a valid token says. */
  record Claims(long schoolId, String formCode, LocalDate date, long guardianId, Instant expiry) {}

  /** Why a token is refused. */
  enum Refusal {
    /** Not a token of ours, or a field was changed. */
    INVALID,
    /** Genuine, but past its expiry (the round's cut-off). */
    EXPIRED
  }

  /** The claims (null when forged), and why the token is refused (null when it is valid). */
  record Checked(@Nullable Claims claims, @Nullable Refusal refusal) {
    boolean valid() {
      return refusal == null && claims != null;
    }
  }

  String sign(Claims claims) {
    String payload =
        "v1|"
            + claims.schoolId()
            + "|"
            + claims.formCode()
            + "|"
            + claims.date()
            + "|"
            + claims.guardianId()
            + "|"
            + claims.expiry().getEpochSecond();
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
  }

  Checked check(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 400) {
      return new Checked(null, Refusal.INVALID);
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = B64D.decode(token.substring(0, dot));
      signature = B64D.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      return new Checked(null, Refusal.INVALID);
    }
    if (!MessageDigest.isEqual(mac(payload), signature)) {
      return new Checked(null, Refusal.INVALID);
    }
    Matcher m = PAYLOAD.matcher(new String(payload, StandardCharsets.UTF_8));
    if (!m.matches()) {
      return new Checked(null, Refusal.INVALID);
    }
    Claims claims =
        new Claims(
            Long.parseLong(m.group(1)),
            m.group(2),
            LocalDate.parse(m.group(3)),
            Long.parseLong(m.group(4)),
            Instant.ofEpochSecond(Long.parseLong(m.group(5))));
    if (!clock.instant().isBefore(claims.expiry())) {
      return new Checked(claims, Refusal.EXPIRED);
    }
    return new Checked(claims, null);
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
