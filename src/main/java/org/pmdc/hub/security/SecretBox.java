package org.pmdc.hub.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets the hub must store in a form it can use again (webhook signing secrets, SFTP
 * passwords and keys, the token signing key) with AES-256-GCM: a fresh 96-bit nonce per value, the
 * 128-bit tag authenticating it. A sealed value reads {@code aesgcm1:<base64 nonce|ciphertext|tag>}.
 */
@Component("secretBox")
public class SecretBox {

  static final String PREFIX = "aesgcm1:";
  private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  @Autowired
  SecretBox(SecuritySettings settings) {
    this(key(settings));
  }

  SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalStateException("PMDC_SECRETS_KEY must be 32 bytes (AES-256), base64-encoded; got "
          + key.length + " bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  public String seal(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public String open(String sealed) {
    if (sealed == null) {
      return null;
    }
    if (!isSealed(sealed)) {
      throw new IllegalStateException("A stored secret is not sealed; the hub seals every secret it stores");
    }
    byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "A stored secret does not open with this PMDC_SECRETS_KEY (wrong key, or the value was altered)", e);
    }
  }

  public static boolean isSealed(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  private static byte[] key(SecuritySettings settings) {
    String configured = settings.secretsKey();
    if (configured != null && !configured.isBlank()) {
      return Base64.getDecoder().decode(configured.trim());
    }
    log.warn("PMDC_SECRETS_KEY is not set: secrets are sealed with a key generated into {}. "
        + "Set PMDC_SECRETS_KEY in any shared or production deployment.", settings.secretsKeyFile());
    return Base64.getDecoder().decode(LocalSecretFile.readOrCreate(settings.secretsKeyFile(), () -> {
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      return Base64.getEncoder().encodeToString(fresh);
    }));
  }
}
