package org.pmdc.hub.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests per the Standard Webhooks convention: the signature is {@code v1,} +
 * base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)), where the key is the base64 part of
 * a {@code whsec_} secret. LPs verify it with any Standard Webhooks library.
 */
public final class StandardWebhookSigner {

  static final String SECRET_PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private StandardWebhookSigner() {}

  public static String sign(String secret, String id, long timestampSeconds, String body) {
    if (!secret.startsWith(SECRET_PREFIX)) {
      throw new IllegalArgumentException("a signing secret starts with " + SECRET_PREFIX);
    }
    byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String signed = id + "." + timestampSeconds + "." + body;
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }

  /** A new random secret of 32 bytes, as a subscriber's signing secret. */
  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** Whether a secret supplied by a subscriber has the Standard Webhooks form. */
  public static boolean isWellFormed(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())).length >= 24;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
