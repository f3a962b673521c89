package org.pmdc.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Client secrets: 256 random bits, shown to the admin once, stored as a SHA-256 hash. A slow
 * password hash (bcrypt) defends guessable passwords; a 256-bit random secret cannot be guessed,
 * so a fast hash is as safe and keeps the token endpoint cheap.
 */
public final class ClientSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ClientSecrets() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "pmdcs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String secret) {
    return "sha256:" + HexFormat.of().formatHex(digest(secret));
  }

  /** Constant-time comparison of a presented secret with a stored hash. */
  public static boolean matches(String secret, String storedHash) {
    if (secret == null || storedHash == null || !storedHash.startsWith("sha256:")) {
      return false;
    }
    return MessageDigest.isEqual(digest(secret), HexFormat.of().parseHex(storedHash.substring("sha256:".length())));
  }

  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
