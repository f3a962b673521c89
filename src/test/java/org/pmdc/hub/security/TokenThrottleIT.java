package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.RawHttp;
import org.pmdc.hub.support.World;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing a client's secret is throttled per source address and per client id, without locking
 * the client out where it already works. Other loopback addresses (127.0.0.2, 127.0.0.3) stand for
 * other machines.
 */
@TestPropertySource(properties = {
    "pmdc.security.token-failures-per-address=5", "pmdc.security.token-failures-per-client=5",
    "pmdc.security.token-failure-window=10s"})
class TokenThrottleIT extends HubIntegrationTest {

  private static final int GUESSES = 100;
  private static final Duration GIVE_BACK = Duration.ofSeconds(2);

  @Test
  void wrongSecretsAreThrottledByAddressAndByClientButTheClientKeepsWorkingWhereItWorked() throws Exception {
    World world = newWorld();
    HubClient.Credentials gp = world.publisherClient();
    HubClient.Credentials lp = world.subscriberClient();
    assertThat(tokenFrom("127.0.0.1", gp.clientId(), gp.secret()).status()).isEqualTo(200);

    int refusedSecrets = 0;
    int throttled = 0;
    long started = System.nanoTime();
    for (int i = 0; i < GUESSES; i++) {
      RawHttp.Answer guess = tokenFrom("127.0.0.2", gp.clientId(), "guess-" + i);
      if (guess.status() == 401) {
        refusedSecrets++;
      } else {
        assertThat(guess.status()).isEqualTo(429);
        assertThat(Long.parseLong(guess.header("retry-after"))).isBetween(1L, 2L);
        throttled++;
      }
    }
    // Five failures spend the budget; one more is allowed for each failure given back (every
    // 10 s / 5) while the guesses ran, which a slow machine may take long enough to see.
    long givenBack = Duration.ofNanos(System.nanoTime() - started).toMillis() / GIVE_BACK.toMillis();
    assertThat(refusedSecrets).isBetween(5, 5 + (int) givenBack);
    assertThat(throttled).isEqualTo(GUESSES - refusedSecrets);

    // The guessing address is locked for everyone; the guessed client is locked where it is new...
    assertThat(tokenFrom("127.0.0.2", lp.clientId(), lp.secret()).status()).isEqualTo(429);
    assertThat(tokenFrom("127.0.0.3", gp.clientId(), gp.secret()).status()).isEqualTo(429);
    // ...but not where it got its tokens before, and other clients elsewhere are not affected.
    assertThat(tokenFrom("127.0.0.1", gp.clientId(), gp.secret()).status()).isEqualTo(200);
    assertThat(tokenFrom("127.0.0.3", lp.clientId(), lp.secret()).status()).isEqualTo(200);
    // The throttled guesses were not written to the audit trail.
    String guesses = "SELECT count(*) FROM access_event WHERE actor = ? AND action = 'issue-token' AND outcome = 401";
    int refused = refusedSecrets;
    await().atMost(PATIENCE).until(() -> count(guesses, gp.clientId()) >= refused);
    assertThat(count(guesses, gp.clientId())).isEqualTo(refused);

    // Not for long: once a failure is given back (10 s / 5), the right secret works at a new address.
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
        .until(() -> tokenFrom("127.0.0.3", gp.clientId(), gp.secret()).status() == 200);
  }

  private RawHttp.Answer tokenFrom(String address, String clientId, String secret) throws UnknownHostException {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    byte[] form = "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII);
    return RawHttp.exchange(InetAddress.getByName(address), port, "POST /oauth2/token HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Basic " + basic + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length,
        form);
  }
}
