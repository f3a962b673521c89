package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandardWebhookSignerTest {

  @Test
  void reproducesThePublishedStandardWebhooksTestVector() {
    String signature = StandardWebhookSigner.sign(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
        "{\"test\": 2432232314}");

    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aChangedBodyChangesTheSignature() {
    String secret = StandardWebhookSigner.newSecret();

    assertThat(StandardWebhookSigner.sign(secret, "id", 1, "{\"a\":1}"))
        .isNotEqualTo(StandardWebhookSigner.sign(secret, "id", 1, "{\"a\":2}"));
  }

  @Test
  void newSecretsAreWellFormedAndDistinct() {
    String one = StandardWebhookSigner.newSecret();

    assertThat(StandardWebhookSigner.isWellFormed(one)).isTrue();
    assertThat(one).isNotEqualTo(StandardWebhookSigner.newSecret());
  }

  @Test
  void aSecretWithoutThePrefixOrTooShortIsRefused() {
    assertThat(StandardWebhookSigner.isWellFormed("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
    assertThat(StandardWebhookSigner.isWellFormed("whsec_c2hvcnQ=")).isFalse();
    assertThat(StandardWebhookSigner.isWellFormed("whsec_not base64!")).isFalse();
    assertThatThrownBy(() -> StandardWebhookSigner.sign("secret", "id", 1, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
