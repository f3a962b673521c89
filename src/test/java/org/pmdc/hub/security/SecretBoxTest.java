package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private final SecretBox box = new SecretBox(key(1));

  @Test
  void aSealedSecretOpensToItselfAndNeverShowsIt() {
    String sealed = box.seal("whsec_c2VjcmV0LXNpZ25pbmcta2V5LTEyMzQ1Ng==");

    assertThat(sealed).startsWith("aesgcm1:").doesNotContain("whsec_");
    assertThat(box.open(sealed)).isEqualTo("whsec_c2VjcmV0LXNpZ25pbmcta2V5LTEyMzQ1Ng==");
    assertThat(box.seal("same")).as("a fresh nonce each time").isNotEqualTo(box.seal("same"));
  }

  @Test
  void anAlteredValueOrAnotherKeyDoesNotOpen() {
    String sealed = box.seal("sftp-password");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring("aesgcm1:".length()));
    bytes[bytes.length - 1] ^= 1;
    String altered = "aesgcm1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> box.open(altered)).hasMessageContaining("does not open");
    assertThatThrownBy(() -> new SecretBox(key(2)).open(sealed)).hasMessageContaining("does not open");
    assertThatThrownBy(() -> box.open("sftp-password")).hasMessageContaining("not sealed");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefusedAtStart() {
    assertThatThrownBy(() -> new SecretBox(new byte[16])).hasMessageContaining("32 bytes");
  }

  private static byte[] key(int seed) {
    byte[] key = new byte[32];
    key[0] = (byte) seed;
    return key;
  }
}
