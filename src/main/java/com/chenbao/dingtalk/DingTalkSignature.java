package com.chenbao.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's one signature, Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)),
 * used both ways: a custom webhook robot's URL is signed with its {@code SEC...} secret (doc
 * section 3b; sent URL-encoded as {@code &timestamp=<epoch ms>&sign=<value>}), and DingTalk signs
 * each robot callback with the app secret (doc section 4a; the {@code sign} header, not
 * URL-encoded). Either side refuses timestamps more than an hour off.
 */
public final class DingTalkSignature {

  private DingTalkSignature() {}

  /** The signature, Base64 but not URL-encoded. */
  public static String sign(String timestamp, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static String sign(long timestampMillis, String secret) {
    return sign(Long.toString(timestampMillis), secret);
  }

  static String urlEncodedSign(long timestampMillis, String secret) {
    return URLEncoder.encode(sign(timestampMillis, secret), StandardCharsets.UTF_8);
  }
}
