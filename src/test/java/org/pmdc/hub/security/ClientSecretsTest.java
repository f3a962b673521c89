package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientSecretsTest {

  @Test
  void aSecretMatchesItsHashOnlyAndTheHashDoesNotContainIt() {
    String secret = ClientSecrets.generate();
    String hash = ClientSecrets.hash(secret);

    assertThat(secret).startsWith("pmdcs_").hasSize(6 + 43);
    assertThat(ClientSecrets.generate()).isNotEqualTo(secret);
    assertThat(hash).startsWith("sha256:").doesNotContain(secret.substring(6));
    assertThat(ClientSecrets.matches(secret, hash)).isTrue();
    assertThat(ClientSecrets.matches(secret + "x", hash)).isFalse();
    assertThat(ClientSecrets.matches(null, hash)).isFalse();
    assertThat(ClientSecrets.matches(secret, "plain:" + secret)).isFalse();
  }
}
