package org.pmdc.hub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.RequestReader;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.Money;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.delivery.StandardWebhookSigner;
import org.pmdc.hub.delivery.DeliveryTargets;
import org.pmdc.hub.security.Role;
import org.pmdc.hub.security.SecretBox;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the bodies of the admin API ({@code routes/admin-api.camel.yaml}) and turns
 * each into the named parameters of its INSERT. Every problem is reported at once, by field.
 */
@Component("adminRequests")
public class AdminRequests {

  private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9_-]{1,62}$");
  private static final Pattern FUND_CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");
  private static final Pattern BROKERS = Pattern.compile("^[A-Za-z0-9.-]+:[0-9]{1,5}(,[A-Za-z0-9.-]+:[0-9]{1,5})*$");
  private static final Pattern TOPIC = Pattern.compile("^[A-Za-z0-9._-]{1,249}$");
  /** Kafka's security.protocol; SSL and SASL_SSL trust what the hub's JVM trusts. */
  private static final List<String> KAFKA_PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
  private static final List<String> SASL_MECHANISMS = List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");
  private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._~-]{1,127}$");
  private static final List<String> CLIENT_ROLES = Arrays.stream(Role.values()).map(Role::code).toList();
  private static final List<String> SUBSCRIPTION_STATUSES = List.of("pending", "active", "suspended");
  private static final List<String> CHANNEL_TYPES = List.of("webhook", "kafka", "sftp", "folder");
  private static final List<String> FILE_FORMATS = List.of("json", "csv");
  private static final List<String> HOST_KEY_CHECKS = List.of("on", "off");
  private static final List<String> DELIVERY_STATUSES = List.of("pending", "delivered", "dead");
  private static final List<String> INVESTOR_TYPES = List.of("pension", "endowment", "foundation", "sovereign_wealth",
      "insurance", "fund_of_funds", "family_office", "individual", "corporate", "bank", "other");
  private static final List<String> INVESTOR_POLICIES = List.of("open", "registered-only");
  private static final List<String> POSITION_CHECKS = List.of("warn", "reject");
  private static final Pattern INVESTOR_CODE = Pattern.compile("^[^\\p{Cntrl}]{1,100}$");
  private static final Pattern LEI = Pattern.compile("^[A-Z0-9]{18}[0-9]{2}$");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final ObjectMapper json;
  private final SecretBox secrets;
  private final DeliveryTargets deliveryTargets;

  AdminRequests(ObjectMapper json, SecretBox secrets, DeliveryTargets deliveryTargets) {
    this.json = json;
    this.secrets = secrets;
    this.deliveryTargets = deliveryTargets;
  }

  public Map<String, Object> publisher(String body) {
    return participant(body, "gp", "gp_agent");
  }

  /**
   * An investor to register: a publisher registers its own ({@code callerPublisher}, whatever the
   * body says); staff name the publisher. The LEI's check digits and the domicile are verified.
   */
  public Map<String, Object> investor(String body, String callerPublisher) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", callerPublisher != null ? callerPublisher : in.text("publisher", true));
    row.put("code", in.code("code", INVESTOR_CODE, "the investor's code in the publisher's records, 1 to 100 characters"));
    row.put("legalName", in.text("legalName", true));
    String type = in.text("type", false);
    in.check(type == null || INVESTOR_TYPES.contains(type), "type", type, "must be one of " + INVESTOR_TYPES);
    row.put("type", type);
    String lei = in.text("lei", false);
    in.check(lei == null || isLei(lei), "lei", lei, "not an ISO 17442 LEI (20 characters whose last two check the rest)");
    row.put("lei", lei);
    String domicile = in.text("domicile", false);
    in.check(domicile == null || COUNTRIES.contains(domicile), "domicile", domicile,
        "not an ISO 3166-1 alpha-2 country code (GB, US, CA…)");
    row.put("domicile", domicile);
    String contact = in.text("noticeContact", false);
    in.check(contact == null || contact.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), "noticeContact", contact,
        "must be an e-mail address");
    row.put("noticeContact", contact);
    return in.done(row);
  }

  /**
   * PATCH /publishers/{code}: {@code "investors": "open" | "registered-only"} and
   * {@code "positionChecks": "warn" | "reject"}, either or both.
   */
  public Map<String, Object> publisherSettings(String body, String code) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("code", code);
    row.put("investorPolicy", in.oneOf("investors", "", INVESTOR_POLICIES));
    row.put("positionChecks", in.oneOf("positionChecks", "", POSITION_CHECKS));
    in.check(!"".equals(row.get("investorPolicy")) || !"".equals(row.get("positionChecks")), "investors", null,
        "give investors, positionChecks or both");
    row.replaceAll((key, value) -> "".equals(value) ? null : value);
    return in.done(row);
  }

  /** ISO 17442: 20 characters, the whole read as a base-36 number is 1 modulo 97 (ISO 7064). */
  private static boolean isLei(String lei) {
    if (!LEI.matcher(lei).matches()) {
      return false;
    }
    int remainder = 0;
    for (char c : lei.toCharArray()) {
      int value = Character.digit(c, 36);
      remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
    }
    return remainder == 1;
  }

  public Map<String, Object> subscriber(String body) {
    return participant(body, "lp", "lp_agent");
  }

  private Map<String, Object> participant(String body, String... kinds) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("code", in.code("code", CODE, "lower-case letters, digits, '-' or '_', 2 to 63 characters"));
    row.put("name", in.text("name", true));
    String kind = in.text("kind", false);
    row.put("kind", kind == null ? kinds[0] : kind);
    in.check(List.of(kinds).contains(row.get("kind")), "kind", kind, "must be one of " + List.of(kinds));
    return in.done(row);
  }

  public Map<String, Object> fund(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", in.text("publisher", true));
    row.put("code", in.code("code", FUND_CODE, "letters, digits, '.', '_', '/' or '-', up to 64 characters"));
    row.put("name", in.text("name", true));
    String currency = in.text("currency", true);
    Optional<String> notACurrency = currency == null ? Optional.empty() : Money.notACurrency(currency);
    in.check(notACurrency.isEmpty(), "currency", currency, notACurrency.orElse(null));
    row.put("currency", currency);
    JsonNode vintage = in.field("vintageYear");
    row.put("vintageYear", vintage.isMissingNode() || vintage.isNull() ? null : vintage.asInt());
    row.put("strategy", in.text("strategy", false));
    row.put("geography", in.text("geography", false));
    row.put("targetSize", in.amount("targetSize"));
    row.put("multiCurrency", in.bool("multiCurrency", false));
    return in.done(row);
  }

  public Map<String, Object> subscription(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", in.text("publisher", true));
    String subscriber = in.text("subscriber", true);
    row.put("subscriber", subscriber);
    List<String> funds = in.list("funds");
    funds.forEach(f -> in.check(FUND_CODE.matcher(f).matches(), "funds", f, "not a fund code"));
    row.put("fundCodes", String.join(",", funds));
    List<String> types = in.list("recordTypes");
    types.forEach(t -> in.check(RecordType.fromCode(t).isPresent(), "recordTypes", t,
        "must be one of " + RecordType.codes()));
    row.put("recordTypes", String.join(",", types));
    row.put("status", in.oneOf("status", "active", SUBSCRIPTION_STATUSES));
    investors(in, row);
    row.put("channels", channels(in, subscriber).toString());
    return in.done(row);
  }

  /** {@code PUT /subscriptions/{id}/investors}: {@code {"investors": [...] | "all"}}. */
  public Map<String, Object> subscriptionInvestors(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    Map<String, Object> row = new HashMap<>();
    investors(in, row);
    return in.done(row);
  }

  /**
   * Whom a subscription represents, which it must say (there is no default): {@code "all"} —
   * every investor's lines — or a list of the publisher's investor codes, possibly empty (no
   * investor's lines; fund-level records only). A code the publisher has not used yet is accepted.
   */
  private void investors(RequestReader in, Map<String, Object> row) {
    JsonNode given = in.field("investors");
    ArrayNode codes = json.createArrayNode();
    String scope = null;
    if (given.isTextual() && given.asText().equals("all")) {
      scope = "all";
    } else if (given.isArray()) {
      scope = "listed";
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < given.size(); i++) {
        JsonNode code = given.get(i);
        String text = code.isTextual() ? code.asText().trim() : "";
        String field = "investors[" + i + "]";
        in.check(!text.isEmpty(), field, code.toString(), "must be an investor code (text)");
        in.check(seen.add(text) || text.isEmpty(), field, text, "is listed twice");
        codes.add(text);
      }
    } else {
      in.check(false, "investors", given.isMissingNode() ? null : given.toString(),
          "is required: the publisher's investor codes this subscriber represents (e.g. [\"LP-0001\"]),"
              + " or \"all\" for every investor's lines");
    }
    row.put("investorScope", scope);
    row.put("investorCodes", codes.toString());
  }

  /**
   * {@code PUT /subscriptions/{id}/channels/{channelId}}: the channel's new settings and secret, for
   * the {@code existing} channel ({@code find-channel.sql}; null when there is none: 404). A channel
   * keeps its type.
   */
  public Map<String, Object> replacementChannel(String body, Map<String, Object> existing, String channelId) {
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

  /** {@code PATCH /subscriptions/{id}} or {@code /subscribers/{code}}: a new status. */
  public Map<String, Object> status(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String status = in.text("status", true);
    in.check(status == null || SUBSCRIPTION_STATUSES.contains(status), "status", status,
        "must be one of " + SUBSCRIPTION_STATUSES);
    Map<String, Object> row = new HashMap<>();
    row.put("status", status);
    return in.done(row);
  }

  /**
   * {@code POST /clients}: a client for a role; a publisher or subscriber client names its
   * participant. {@code clientId} is needed for a client of an external provider (its id there);
   * the hub makes one up otherwise.
   */
  public Map<String, Object> client(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String role = in.oneOf("role", null, CLIENT_ROLES);
    String clientId = in.text("clientId", false);
    in.check(clientId == null || CLIENT_ID.matcher(clientId).matches(), "clientId", clientId,
        "must be letters, digits, '.', '_', '~' or '-', 2 to 128 characters");
    Map<String, Object> row = new HashMap<>();
    row.put("role", role);
    row.put("clientId", clientId);
    row.put("name", in.text("name", false));
    row.put("participant", in.text("participant", "publisher".equals(role) || "subscriber".equals(role)));
    return in.done(row);
  }

  /** {@code PATCH /clients/{clientId}}: {@code {"status": "revoked" | "active"}}. */
  public Map<String, Object> clientStatus(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String status = in.oneOf("status", null, List.of("active", "revoked"));
    Map<String, Object> row = new HashMap<>();
    row.put("status", status);
    return in.done(row);
  }

  /**
   * {@code POST /clients/{clientId}/secret}: how long the previous secrets keep working, in
   * seconds (null: the configured grace period).
   */
  public Map<String, Object> rotation(String body) {
    RequestReader in = RequestReader.body(json, body, true);
    Map<String, Object> row = new HashMap<>();
    row.put("graceSeconds", in.has("graceSeconds") ? in.integer("graceSeconds", 0, 0, 30 * 24 * 3600) : null);
    return in.done(row);
  }

  /** {@code GET /audit?actor=&target=&from=&to=&cursor=&limit=}: the parameters of {@code list-access.sql}. */
  public Map<String, Object> auditQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "actor", "target", "from", "to");
    PageRequest page = in.page();
    Map<String, Object> row = new HashMap<>();
    row.put("actor", in.text("actor", false));
    row.put("target", in.text("target", false));
    row.put("from", in.instant("from"));
    row.put("to", in.instant("to"));
    row.put("before", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }

  /**
   * {@code GET /deliveries?status=&subscriber=&cursor=&limit=}: the parameters of {@code
   * list-deliveries.sql}.
   */
  public Map<String, Object> deliveryQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "status", "subscriber");
    PageRequest page = in.page();
    String status = in.text("status", false);
    in.check(status == null || DELIVERY_STATUSES.contains(status), "status", status, "must be one of " + DELIVERY_STATUSES);
    Map<String, Object> row = new HashMap<>();
    row.put("status", status);
    row.put("subscriber", in.text("subscriber", false));
    row.put("before", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }

  /**
   * {@code POST /deliveries/replay}: all of a subscriber's deliveries queued in a time range
   * ({@code from} inclusive, {@code to} exclusive, ISO 8601 instants), or everything dead
   * ({@code "status": "dead"}, optionally one subscriber's).
   */
  public Map<String, Object> replay(String body) {
    RequestReader in = RequestReader.body(json, body, false);
    String subscriber = in.text("subscriber", false);
    String status = in.text("status", false);
    in.check(status == null || status.equals("dead") || status.equals("delivered"), "status", status,
        "must be dead or delivered (a pending delivery is on its way already)");
    in.check(subscriber != null || "dead".equals(status), "subscriber", null,
        "name the subscriber whose deliveries to replay, or replay everything dead with \"status\": \"dead\"");
    Map<String, Object> row = replayRow(null);
    row.put("subscriber", subscriber);
    row.put("status", status);
    row.put("from", in.instant("from"));
    row.put("to", in.instant("to"));
    row.put("request", in.asJson());
    return in.done(row);
  }

  /** {@code POST /deliveries/{id}/replay}. */
  public Map<String, Object> replayOne(String deliveryId) {
    Map<String, Object> row = replayRow(deliveryId);
    row.put("request", json.createObjectNode().put("deliveryId", deliveryId).toString());
    return row;
  }

  private static Map<String, Object> replayRow(String deliveryId) {
    Map<String, Object> row = new HashMap<>();
    row.put("deliveryId", deliveryId);
    row.put("subscriber", null);
    row.put("status", null);
    row.put("from", null);
    row.put("to", null);
    return row;
  }

  /** The channels as one JSON array of {kind, settings, secret}, for the INSERT. */
  private ArrayNode channels(RequestReader in, String subscriber) {
    JsonNode given = in.field("channels");
    in.check(given.isArray() && !given.isEmpty(), "channels", null,
        "at least one delivery channel is required: " + CHANNEL_TYPES);
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
    String type = in.oneOf("type", null, CHANNEL_TYPES);
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
    in.check(username == null || !username.contains(")&"), "username", null, "must not contain ')&'");
    in.check(password == null || !password.contains(")&"), "password", null, "must not contain ')&'");
    if (sasl) {
      settings.put("saslMechanism", in.oneOf("saslMechanism", "SCRAM-SHA-512", SASL_MECHANISMS));
      settings.put("username", username);
      channel.put("secret", password);
    }
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
