package com.chenbao.dingtalk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Custom robot signing (signing, doc section 3b): Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)),
 * URL-encoded, sent as {@code &timestamp=<epoch ms>&sign=<value>}. DingTalk rejects timestamps more than an hour
 * off its clock.
 */
final class WebhookSigner {

  private WebhookSigner() {}

  /** The signature, Base64 but not yet URL-encoded. */
  static String sign(long timestampMillis, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static String urlEncodedSign(long timestampMillis, String secret) {
    return URLEncoder.encode(sign(timestampMillis, secret), StandardCharsets.UTF_8);
  }
}
