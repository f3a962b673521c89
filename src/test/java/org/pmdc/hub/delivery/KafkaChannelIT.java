package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.SelfSignedKeystores;
import org.pmdc.hub.support.World;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An LP that takes records from its own Kafka cluster: a real broker (KRaft, in this JVM) and a
 * plain consumer reading what the hub produced — CloudEvents headers, the fund as key, versions
 * in order.
 */
class KafkaChannelIT extends HubIntegrationTest {

  private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule required";

  private static final EmbeddedKafkaKraftBroker KAFKA = startBroker(Map.of());
  /** A password with what JAAS and a Camel endpoint URI treat specially: quotes, backslash, parentheses, '&'. */
  private static final String LP_PASSWORD = "lp\"se\\cret(1)x&y=z";
  /** A cluster that takes only authenticated clients: SASL PLAIN, user lp1 with LP_PASSWORD. */
  private static final EmbeddedKafkaKraftBroker SASL_KAFKA = startBroker(Map.of(
      "listener.security.protocol.map", "EXTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
      "sasl.enabled.mechanisms", "PLAIN",
      "sasl.mechanism.inter.broker.protocol", "PLAIN",
      "listener.name.external.plain.sasl.jaas.config", PLAIN_LOGIN
          + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\" user_lp1=" + jaasQuoted(LP_PASSWORD) + ";"));

  private static final Path TLS_KEYSTORE = SelfSignedKeystores.create("kafka");
  /** An LP's cluster behind TLS, its certificate signed by no CA the JVM knows (self-signed here). */
  private static final EmbeddedKafkaKraftBroker TLS_KAFKA = startBroker(Map.of(
      "listener.security.protocol.map", "EXTERNAL:SSL,CONTROLLER:PLAINTEXT",
      "ssl.keystore.type", "PKCS12",
      "ssl.keystore.location", TLS_KEYSTORE.toAbsolutePath().toString(),
      "ssl.keystore.password", SelfSignedKeystores.PASSWORD,
      "ssl.key.password", SelfSignedKeystores.PASSWORD,
      // The broker checks its TLS settings by connecting to itself: it trusts its own certificate.
      "ssl.truststore.type", "PEM",
      "ssl.truststore.certificates", SelfSignedKeystores.certificatePem(TLS_KEYSTORE)));

  private static final Map<String, String> SASL_CONSUMER = Map.of(
      "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
      "sasl.jaas.config", PLAIN_LOGIN + " username=\"lp1\" password=" + jaasQuoted(LP_PASSWORD) + ";");

  @AfterAll
  static void stopBrokers() {
    KAFKA.destroy();
    SASL_KAFKA.destroy();
    TLS_KAFKA.destroy();
  }

  @Test
  void eachVersionArrivesAsACloudEventKeyedByFundInTheOrderStored() {
    World world = newWorld();
    String subscriber = "lp-kafka-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(subscriber));
    World.approve(hub, "subscribers", subscriber);
    HubClient.Response subscription = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": "all", "channels": [{"type": "kafka", "brokers": "%s"}]}"""
        .formatted(world.publisher(), subscriber, KAFKA.getBrokersAsString()));
    assertThat(subscription.status()).as(subscription.body().toString()).isEqualTo(201);
    assertThat(subscription.body().at("/channels/0/topic").asText()).isEqualTo("pmdc." + subscriber);

    ObjectNode notice = sample("capital-call.json");
    List<String> recordIds = new ArrayList<>();
    for (int version = 1; version <= 3; version++) {
      notice.put("description", "version " + version);
      recordIds.add(world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText())
          .at("/notice/id").asText());
    }

    List<ConsumerRecord<String, String>> records = consume("pmdc." + subscriber, 3);

    assertThat(records).extracting(ConsumerRecord::key).containsOnly("GF-III");
    assertThat(records).extracting(record -> header(record, "ce_subject")).containsExactlyElementsOf(recordIds);
    assertThat(records).extracting(record -> json(record.value()).get("version").asInt()).containsExactly(1, 2, 3);
    ConsumerRecord<String, String> first = records.get(0);
    assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(first, "ce_type")).isEqualTo("org.pmdc.capital_call.v1");
    assertThat(header(first, "ce_source")).isEqualTo("/pmdc/publishers/" + world.publisher());
    assertThat(header(first, "ce_time")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(header(first, "content-type")).isEqualTo("application/json");
    assertThat(json(first.value()).get("allocations")).hasSize(3);
    assertThat(records).extracting(record -> header(record, "ce_id")).doesNotHaveDuplicates();
  }

  @Test
  void aClusterThatAuthenticatesClientsTakesRecordsSentWithTheChannelsCredentials() {
    World world = newWorld();
    String subscriber = subscriber();
    HubClient.Response subscription = subscribe(world, subscriber, LP_PASSWORD);
    assertThat(subscription.status()).as(subscription.body().toString()).isEqualTo(201);
    assertThat(subscription.body().at("/channels/0/securityProtocol").asText()).isEqualTo("SASL_PLAINTEXT");
    assertThat(subscription.raw().body()).doesNotContain("cret(1)");
    String refused = subscriber();
    assertThat(subscribe(world, refused, "not-the-password").status()).isEqualTo(201);

    deliveredToOneRefusedToTheOther(world, SASL_KAFKA, SASL_CONSUMER, subscriber, refused, "authentication");
  }

  @Test
  void anLpsNewPasswordReplacesTheChannelsAndWhatFailedIsReplayedToIt() {
    World world = newWorld();
    String subscriber = subscriber();
    HubClient.Response subscription = subscribe(world, subscriber, "the-old-password");
    String channel = subscription.body().at("/channels/0/id").asText();
    world.awaitCompleted(world.submit("application/json", sample("capital-call.json").toString()).body().get("id").asText());
    await().atMost(PATIENCE).until(() -> "dead".equals(jdbc.queryForObject("SELECT d.status FROM delivery d"
        + " JOIN delivery_channel c ON c.id = d.channel_id WHERE c.public_id::text = ?", String.class, channel)));

    HubClient.Response replaced = hub.put("/api/v1/subscriptions/" + subscription.body().get("id").asText()
        + "/channels/" + channel, saslChannel(LP_PASSWORD));
    assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
    assertThat(replaced.body().get("id").asText()).isEqualTo(channel);
    assertThat(replaced.raw().body()).doesNotContain("cret(1)");
    assertThat(hub.post("/api/v1/deliveries/replay", "application/json",
        "{\"status\": \"dead\", \"subscriber\": \"%s\"}".formatted(subscriber)).status()).isEqualTo(202);

    assertThat(consume(SASL_KAFKA, "pmdc." + subscriber, 1, SASL_CONSUMER)).hasSize(1);
    assertThat(count("SELECT count(*) FROM audit_event WHERE stage = 'channel_replaced' AND detail ->> 'channel' = ?",
        channel)).isEqualTo(1);
  }

  @Test
  void aChannelKeepsItsTypeAndAnUnknownChannelIs404() {
    World world = newWorld();
    String subscriber = subscriber();
    HubClient.Response subscription = subscribe(world, subscriber, LP_PASSWORD);
    String path = "/api/v1/subscriptions/" + subscription.body().get("id").asText() + "/channels/";

    HubClient.Response otherType = hub.put(path + subscription.body().at("/channels/0/id").asText(),
        "{\"type\": \"webhook\", \"url\": \"https://lp.example/hook\"}");
    HubClient.Response unknown = hub.put(path + UUID.randomUUID(), saslChannel(LP_PASSWORD));

    assertThat(otherType.status()).isEqualTo(422);
    assertThat(otherType.body().findValuesAsText("field")).containsExactly("type");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void aClusterBehindTlsTakesRecordsFromAChannelThatTrustsItsCertificate() {
    World world = newWorld();
    String pem = SelfSignedKeystores.certificatePem(TLS_KEYSTORE);
    String trusting = subscriber();
    String untrusting = subscriber();
    assertThat(subscribeTls(world, trusting, pem).status()).isEqualTo(201);
    assertThat(subscribeTls(world, untrusting, null).status()).isEqualTo(201);

    deliveredToOneRefusedToTheOther(world, TLS_KAFKA, Map.of("security.protocol", "SSL", "ssl.truststore.type", "PEM",
        "ssl.truststore.certificates", pem), trusting, untrusting, "SSL");
  }

  @Test
  void kafkaChannelsWithUnusableSecuritySettingsAreRefusedNamingTheFields() {
    World world = newWorld();
    String subscriber = subscriber();
    HubClient.Response answer = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%1$s", "subscriber": "%2$s", "investors": "all", "channels": [
          {"type": "kafka", "brokers": "%3$s", "securityProtocol": "SASL_SSL", "saslMechanism": "GSSAPI"},
          {"type": "kafka", "brokers": "%3$s", "securityProtocol": "SASL_SSL", "username": "lp1", "password": "a)&b"},
          {"type": "kafka", "brokers": "%3$s", "securityProtocol": "SSL", "caCertificate": "not a certificate"}]}"""
        .formatted(world.publisher(), subscriber, SASL_KAFKA.getBrokersAsString()));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().findValuesAsText("field")).containsExactlyInAnyOrder(
        "channels[0].username", "channels[0].password", "channels[0].saslMechanism", "channels[1].password",
        "channels[2].caCertificate");
  }

  private String subscriber() {
    String code = "lp-kafka-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(code));
    World.approve(hub, "subscribers", code);
    return code;
  }

  /** A subscription to the SASL cluster as user lp1 with the given password. */
  private HubClient.Response subscribe(World world, String subscriber, String password) {
    return hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": "all", "channels": [%s]}"""
        .formatted(world.publisher(), subscriber, saslChannel(password)));
  }

  /** A subscription to the TLS cluster, trusting the given CA certificate (PEM), or only the JVM's. */
  private HubClient.Response subscribeTls(World world, String subscriber, String caCertificate) {
    return hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": "all", "channels": [{"type": "kafka", "brokers": "%s",
         "securityProtocol": "SSL", "caCertificate": %s}]}"""
        .formatted(world.publisher(), subscriber, TLS_KAFKA.getBrokersAsString(), JSON.valueToTree(caCertificate)));
  }

  private static String saslChannel(String password) {
    return """
        {"type": "kafka", "brokers": "%s", "securityProtocol": "SASL_PLAINTEXT", "saslMechanism": "PLAIN",
         "username": "lp1", "password": %s}""".formatted(SASL_KAFKA.getBrokersAsString(), JSON.valueToTree(password));
  }

  /**
   * A capital call reaches the accepted subscriber's topic on the broker (read with the consumer's
   * security settings); the refused subscriber's delivery fails with the broker's reason.
   */
  private void deliveredToOneRefusedToTheOther(World world, EmbeddedKafkaKraftBroker broker,
      Map<String, String> consumer, String accepted, String refused, String reason) {
    String recordId = world.awaitCompleted(world.submit("application/json", sample("capital-call.json").toString())
        .body().get("id").asText()).at("/notice/id").asText();

    List<ConsumerRecord<String, String>> records = consume(broker, "pmdc." + accepted, 1, consumer);
    assertThat(records).extracting(record -> header(record, "ce_subject")).containsExactly(recordId);
    await().atMost(PATIENCE).until(() -> lastError(refused) != null);
    assertThat(lastError(refused)).containsIgnoringCase(reason);
  }

  private String lastError(String subscriber) {
    return jdbc.queryForList("SELECT d.last_error FROM delivery d JOIN subscription su ON su.id = d.subscription_id"
        + " JOIN subscriber sb ON sb.id = su.subscriber_id WHERE sb.code = ? AND d.last_error IS NOT NULL",
        String.class, subscriber).stream().findFirst().orElse(null);
  }

  private static String jaasQuoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static List<ConsumerRecord<String, String>> consume(String topic, int count) {
    return consume(KAFKA, topic, count, Map.of());
  }

  private static List<ConsumerRecord<String, String>> consume(EmbeddedKafkaKraftBroker broker, String topic, int count,
      Map<String, String> security) {
    Properties config = new Properties();
    config.putAll(security);
    config.putAll(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
        ConsumerConfig.GROUP_ID_CONFIG, "lp-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(topic));
      await().atMost(PATIENCE).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= count;
      });
    }
    return records;
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static EmbeddedKafkaKraftBroker startBroker(Map<String, String> properties) {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    broker.brokerProperties(properties);
    broker.afterPropertiesSet();
    return broker;
  }
}
