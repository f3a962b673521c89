package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryTargetsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "127.0.0.1, loopback", "127.9.9.9, loopback", "::1, loopback", "::ffff:127.0.0.1, loopback",
      "0.0.0.0, unspecified", "::, unspecified",
      "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private", "fd00::1, private",
      "169.254.169.254, link-local", "fe80::1, link-local",
      "100.64.0.1, shared (carrier-grade NAT)", "100.127.255.255, shared (carrier-grade NAT)",
      "224.0.0.1, multicast"})
  void addressesOffThePublicInternetAreNamed(String address, String kind) throws UnknownHostException {
    assertThat(DeliveryTargets.nonPublicKind(InetAddress.getByName(address))).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({"8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888"})
  void publicAddressesAreNot(String address) throws UnknownHostException {
    assertThat(DeliveryTargets.nonPublicKind(InetAddress.getByName(address))).isEmpty();
  }

  @Test
  void aUrlToALoopbackOrPrivateAddressIsRefusedUnlessItsNetworkIsAllowed() {
    DeliveryTargets strict = targets();
    assertThat(strict.refusal("http://127.0.0.1:5432/")).hasValueSatisfying(reason ->
        assertThat(reason).isEqualTo("127.0.0.1 is 127.0.0.1, a loopback address: deliveries go to public addresses "
            + "only (PMDC_DELIVERY_ALLOWED_NETWORKS lists exceptions)"));
    assertThat(strict.refusal("http://localhost:8080/actuator")).hasValueSatisfying(reason ->
        assertThat(reason).startsWith("localhost is ").contains("loopback"));
    assertThat(strict.refusal("https://[::1]/hook")).isPresent();
    assertThat(strict.refusal("http://10.0.0.7/hook")).isPresent();

    DeliveryTargets peered = targets("10.20.0.0/16", "127.0.0.1");
    assertThat(peered.refusal("http://10.20.3.4/hook")).isEmpty();
    assertThat(peered.refusal("http://127.0.0.1:9000/pmdc")).isEmpty();
    assertThat(peered.refusal("http://10.21.0.1/hook")).isPresent();
    assertThat(peered.refusal("http://127.0.0.2/hook")).isPresent();
  }

  @Test
  void theWebhookClientCannotResolveANameToARefusedAddress() {
    assertThatThrownBy(() -> targets().resolve("127.0.0.1")).isInstanceOf(UnknownHostException.class)
        .hasMessageContaining("a loopback address");
  }

  @Test
  void anAllowedNetworkThatIsNotOneIsAStartupError() {
    assertThatThrownBy(() -> targets("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33' is not a network in CIDR notation");
  }

  private static DeliveryTargets targets(String... allowed) {
    return new DeliveryTargets(new DeliverySettings(8, Duration.ofDays(3), Duration.ofSeconds(2), Duration.ofMinutes(10),
        Duration.ofSeconds(5), Duration.ofSeconds(10), List.of(allowed)));
  }
}
