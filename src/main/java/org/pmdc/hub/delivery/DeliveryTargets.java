package org.pmdc.hub.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.springframework.stereotype.Component;

/**
 * Where the hub delivers: public addresses only. A webhook URL, SFTP server or Kafka broker whose
 * host is, or resolves to, a loopback, private, link-local, shared (carrier-grade NAT), multicast
 * or unspecified address would let whoever sets up a channel make the hub call its own database,
 * its actuator or a cloud metadata service. Every channel's hosts are checked when it is created
 * or changed ({@link #refusal}, {@link #refusalOfHost}); webhooks are checked again, as the webhook
 * client's resolver, at every connection: the address checked is the address called, so a name
 * that resolves elsewhere later (DNS rebinding) is caught too.
 * Networks in {@code PMDC_DELIVERY_ALLOWED_NETWORKS} are exceptions (an LP on a peered network, a
 * receiver on the hub's own machine during a walkthrough).
 */
@Component
public class DeliveryTargets implements DnsResolver {

  private final List<Network> allowed;

  DeliveryTargets(DeliverySettings settings) {
    this.allowed = settings.allowedNetworks().stream().filter(s -> !s.isBlank()).map(Network::parse).toList();
  }

  /**
   * Why the hub will not call this http(s) URL, if it will not. A host that does not resolve (yet)
   * is not refused here: its DNS may be set up after the channel, and every send checks again.
   */
  public Optional<String> refusal(String url) {
    return refusalOfHost(URI.create(url).getHost());
  }

  /** Why the hub will not connect to this host (a name or an address), if it will not. */
  public Optional<String> refusalOfHost(String host) {
    try {
      check(host, InetAddress.getAllByName(host));
      return Optional.empty();
    } catch (NotPublic e) {
      return Optional.of(e.getMessage());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    return check(host, SystemDefaultDnsResolver.INSTANCE.resolve(host));
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
  }

  private InetAddress[] check(String host, InetAddress[] addresses) throws UnknownHostException {
    for (InetAddress address : addresses) {
      Optional<String> kind = nonPublicKind(address);
      if (kind.isPresent() && allowed.stream().noneMatch(network -> network.contains(address))) {
        throw new NotPublic(host + " is " + address.getHostAddress() + ", a " + kind.get()
            + " address: deliveries go to public addresses only (PMDC_DELIVERY_ALLOWED_NETWORKS lists exceptions)");
      }
    }
    return addresses;
  }

  /** What kind of address that is not on the public internet this is, if it is one. */
  static Optional<String> nonPublicKind(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address.isAnyLocalAddress()) {
      return Optional.of("unspecified");
    } else if (address.isLoopbackAddress()) {
      return Optional.of("loopback");
    } else if (address.isLinkLocalAddress()) {
      return Optional.of("link-local");
    } else if (address.isSiteLocalAddress() || (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc)) {
      return Optional.of("private");
    } else if (bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) {
      return Optional.of("shared (carrier-grade NAT)");
    } else if (address.isMulticastAddress()) {
      return Optional.of("multicast");
    }
    return Optional.empty();
  }

  /** Thrown to the webhook client as a failed resolution, so no connection is attempted. */
  private static final class NotPublic extends UnknownHostException {
    NotPublic(String message) {
      super(message);
    }
  }

  /** A network in CIDR notation ({@code 10.20.0.0/16}, {@code ::1/128}; a bare address is itself). */
  record Network(byte[] base, int prefix) {

    static Network parse(String cidr) {
      String[] parts = cidr.trim().split("/", 2);
      try {
        byte[] base = InetAddress.getByName(parts[0]).getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : base.length * 8;
        if (prefix < 0 || prefix > base.length * 8) {
          throw new IllegalArgumentException("prefix out of range");
        }
        return new Network(base, prefix);
      } catch (UnknownHostException | IllegalArgumentException e) {
        throw new IllegalArgumentException("PMDC_DELIVERY_ALLOWED_NETWORKS: '" + cidr
            + "' is not a network in CIDR notation (e.g. 10.20.0.0/16 or 127.0.0.1/32)", e);
      }
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != base.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((candidate[bit / 8] & mask) != (base[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
