package org.pmdc.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RequestReader;
import org.pmdc.hub.security.SecretBox;
import org.springframework.stereotype.Component;

/**
 * The delivery channels a subscription may have, as an admin sets them up: the kinds, each kind's
 * settings and their checks (servers on the public internet only, what may go into an endpoint
 * URI), and the secret sealed for storage. A new kind of channel starts here.
 */
@Component("channelSettings")
public class ChannelSettings {

  private static final List<String> KINDS = List.of("webhook", "kafka", "sftp", "folder");
  private static final Pattern BROKERS = Pattern.compile("^[A-Za-z0-9.-]+:[0-9]{1,5}(,[A-Za-z0-9.-]+:[0-9]{1,5})*$");
  private static final Pattern TOPIC = Pattern.compile("^[A-Za-z0-9._-]{1,249}$");
  /** Kafka's security.protocol; SSL and SASL_SSL trust what the hub's JVM trusts. */
  private static final List<String> KAFKA_PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
  private static final List<String> SASL_MECHANISMS = List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");
  private static final List<String> FILE_FORMATS = List.of("json", "csv");
  private static final List<String> HOST_KEY_CHECKS = List.of("on", "off");

  private final ObjectMapper json;
  private final SecretBox secrets;
  private final DeliveryTargets deliveryTargets;

  ChannelSettings(ObjectMapper json, SecretBox secrets, DeliveryTargets deliveryTargets) {
    this.json = json;
    this.secrets = secrets;
    this.deliveryTargets = deliveryTargets;
  }

  /** The channels as one JSON array of {kind, settings, secret}, for the INSERT. */
  public ArrayNode channels(RequestReader in, String subscriber) {
    JsonNode given = in.field("channels");
    in.check(given.isArray() && !given.isEmpty(), "channels", null,
        "at least one delivery channel is required: " + KINDS);
    ArrayNode channels = json.createArrayNode();
    for (int i = 0; i < given.size(); i++) {
      channels.add(sealed(channel(in.nested(given.get(i), "channels[" + i + "]."), subscriber)));
    }
    return channels;
  }

  /**
   * The channel as the INSERT takes it: its id, its secret sealed for storage, and a webhook's
   * signing secret in clear for the answer (shown this once; an SFTP or Kafka credential never is).
   */
  private ObjectNode sealed(ObjectNode channel) {
    channel.put("publicId", UUID.randomUUID().toString());
    JsonNode secret = channel.remove("secret");
    if (secret != null) {
      channel.put("sealedSecret", secrets.seal(secret.asText()));
      if ("webhook".equals(channel.path("kind").asText())) {
        channel.put("shownSecret", secret.asText());
      }
    }
    return channel;
  }

  private ObjectNode channel(RequestReader in, String subscriber) {
    String type = in.oneOf("type", null, KINDS);
    ObjectNode channel = json.createObjectNode().put("kind", type);
    ObjectNode settings = channel.putObject("settings");
    if ("webhook".equals(type)) {
      String url = in.text("url", true);
      boolean wellFormed = url == null || isHttpUrl(url);
      in.check(wellFormed, "url", url, "must be an absolute http(s) URL");
      Optional<String> refusal = url == null || !wellFormed ? Optional.empty() : deliveryTargets.refusal(url);
      in.check(refusal.isEmpty(), "url", url, refusal.orElse(null));
      settings.put("url", url);
      String secret = in.text("signingSecret", false);
      in.check(secret == null || StandardWebhookSigner.isWellFormed(secret), "signingSecret", null,
          "must be 'whsec_' followed by at least 24 base64-encoded bytes");
      channel.put("secret", secret == null ? StandardWebhookSigner.newSecret() : secret);
    } else if ("kafka".equals(type)) {
      kafka(in, channel, settings, subscriber);
      String brokers = settings.path("brokers").asText("");
      for (String broker : BROKERS.matcher(brokers).matches() ? brokers.split(",") : new String[0]) {
        publicHost(in, "brokers", broker, broker.substring(0, broker.lastIndexOf(':')));
      }
    } else if ("sftp".equals(type)) {
      String host = in.text("host", true);
      if (host != null) {
        publicHost(in, "host", host, host);
      }
      settings.put("host", host);
      settings.put("port", in.integer("port", 22, 1, 65_535));
      settings.put("username", in.text("username", true));
      settings.put("directory", Objects.requireNonNullElse(in.text("directory", false), "."));
      settings.put("format", in.oneOf("format", "json", FILE_FORMATS));
      String knownHosts = in.text("knownHosts", false);
      String hostKeyCheck = in.oneOf("hostKeyCheck", "on", HOST_KEY_CHECKS);
      in.check(knownHosts != null || "off".equals(hostKeyCheck), "knownHosts", null,
          "give the server's host key as a known_hosts line (ssh-keyscan -p <port> <host>), or hostKeyCheck: off"
              + " to accept any key (a man in the middle would receive the LP's files)");
      settings.put("knownHosts", knownHosts);
      settings.put("hostKeyCheck", hostKeyCheck);
      String password = in.text("password", false);
      String privateKey = in.text("privateKey", false);
      in.check((password == null) != (privateKey == null), "password", null,
          "give the SFTP password or a privateKey (PEM), one of the two");
      settings.put("auth", password != null ? "password" : "privateKey");
      channel.put("secret", password != null ? password : privateKey);
    } else if ("folder".equals(type)) {
      settings.put("directory", in.text("directory", true));
      settings.put("format", in.oneOf("format", "json", FILE_FORMATS));
    }
    return channel;
  }

  /** Refuses a channel whose server is off the public internet (see {@link DeliveryTargets}). */
  private void publicHost(RequestReader in, String field, String value, String host) {
    Optional<String> refusal = deliveryTargets.refusalOfHost(host);
    in.check(refusal.isEmpty(), field, value, refusal.orElse(null));
  }

  /** An LP's Kafka cluster: brokers, topic, and how the hub authenticates to it. */
  private static void kafka(RequestReader in, ObjectNode channel, ObjectNode settings, String subscriber) {
    settings.put("brokers", in.code("brokers", BROKERS, "host:port, comma-separated"));
    String topic = in.text("topic", false);
    topic = topic == null ? "pmdc." + subscriber : topic;
    in.check(TOPIC.matcher(topic).matches(), "topic", topic, "must be letters, digits, '.', '_' or '-', up to 249");
    settings.put("topic", topic);
    String protocol = in.oneOf("securityProtocol", "PLAINTEXT", KAFKA_PROTOCOLS);
    settings.put("securityProtocol", protocol);
    boolean sasl = protocol.startsWith("SASL_");
    String username = in.text("username", sasl);
    String password = in.text("password", sasl);
    in.check(sasl || username == null && password == null, "username", null,
        "a username and password are only used with securityProtocol SASL_SSL or SASL_PLAINTEXT");
    String caCertificate = in.text("caCertificate", false);
    in.check(caCertificate == null || protocol.endsWith("SSL"), "caCertificate", null,
        "only used with securityProtocol SSL or SASL_SSL");
    in.check(caCertificate == null || isPemCertificate(caCertificate), "caCertificate", null,
        "must be one or more PEM certificates (-----BEGIN CERTIFICATE----- …)");
    if (caCertificate != null) {
      settings.put("caCertificate", caCertificate);
    }
    // The login reaches Kafka in a Camel endpoint URI, as a RAW value that ')&' would end early.
    in.check(username == null || KafkaDispatch.fitsRawValue(username), "username", null, "must not contain ')&'");
    in.check(password == null || KafkaDispatch.fitsRawValue(password), "password", null, "must not contain ')&'");
    if (sasl) {
      settings.put("saslMechanism", in.oneOf("saslMechanism", "SCRAM-SHA-512", SASL_MECHANISMS));
      settings.put("username", username);
      channel.put("secret", password);
    }
  }

  /**
   * {@code PUT /subscriptions/{id}/channels/{channelId}}: the channel's new settings and secret, for
   * the {@code existing} channel ({@code find-channel.sql}; null when there is none: 404). A channel
   * keeps its type.
   */
  public Map<String, Object> replacement(String body, Map<String, Object> existing, String channelId) {
    if (existing == null) {
      throw ProblemException.notFound("No channel " + channelId + " in this subscription.");
    }
    RequestReader in = RequestReader.body(json, body, false);
    ObjectNode channel = channel(in, (String) existing.get("subscriber_code"));
    String type = channel.path("kind").asText(null);
    in.check(type == null || type.equals(existing.get("kind")), "type", type,
        "a channel keeps its type (" + existing.get("kind") + "); add a subscription for another");
    Map<String, Object> row = new HashMap<>();
    row.put("channel", sealed(channel).toString());
    return in.done(row);
  }


  private static boolean isPemCertificate(String pem) {
    try {
      return !CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).isEmpty();
    } catch (CertificateException e) {
      return false;
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
