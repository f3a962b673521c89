package org.pmdc.hub.console;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, six digits, a step
 * of 30 seconds, what every authenticator app does by default. A code is accepted in its own step
 * or the one before or after (a phone's clock may be a little off); the caller records the step
 * so no code is accepted twice.
 */
final class Totp {

  static final int STEP_SECONDS = 30;
  private static final int DIGITS = 6;
  private static final int KEY_BYTES = 20;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of a time step. */
  static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /** The step whose code this is, within one step of {@code now}; empty when it is none's. */
  static OptionalLong matchingStep(byte[] key, String code, Instant now) {
    String given = code == null ? "" : code.replace(" ", "");
    long current = stepAt(now);
    for (long step = current - 1; step <= current + 1; step++) {
      // Compared in constant time: how many digits match must not show in the answer's timing.
      if (MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII),
          given.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The key as authenticator apps take it typed in: base32, without padding. */
  static String base32(byte[] key) {
    StringBuilder text = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : key) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return text.toString();
  }

  /** The {@code otpauth://} URI an app reads (as a QR code or pasted), naming the hub and the user. */
  static String uri(String issuer, String username, byte[] key) {
    String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/" + label + "?secret=" + base32(key) + "&issuer="
        + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
        + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
  }
}
