package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238's test vectors (appendix B, SHA-1), as six digits: the last six of the RFC's eight. */
class TotpTest {

  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theCodesAreThoseOfRfc6238() {
    assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
  }

  @Test
  void aCodeIsAcceptedInItsStepAndTheOnesBesideItOnly() {
    Instant now = Instant.ofEpochSecond(1111111109);
    long step = Totp.stepAt(now);
    assertThat(Totp.matchingStep(RFC_KEY, "081804", now)).hasValue(step);
    assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
    assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now)).hasValue(step + 1);
    assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY, "081 804", now)).as("typed with a space").hasValue(step);
    assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEmpty();
  }

  @Test
  void theKeyIsWrittenInBase32AsAuthenticatorAppsTakeIt() {
    // RFC 4648's example: "foobar" is MZXW6YTBOI======
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.uri("PMDC Exchange Hub", "ana@gp.example", RFC_KEY)).isEqualTo(
        "otpauth://totp/PMDC%20Exchange%20Hub%3Aana%40gp.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=PMDC%20Exchange%20Hub&algorithm=SHA1&digits=6&period=30");
  }
}
