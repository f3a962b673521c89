package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
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
import org.pmdc.hub.support.World;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An LP that takes records from its own Kafka cluster: a real broker (KRaft, in this JVM) and a
 * plain consumer reading what the hub produced — CloudEvents headers, the fund as key, versions
 * in order.
 */
class KafkaChannelIT extends HubIntegrationTest {

  private static final EmbeddedKafkaKraftBroker KAFKA = startBroker();

  @AfterAll
  static void stopBroker() {
    KAFKA.destroy();
  }

  @Test
  void eachVersionArrivesAsACloudEventKeyedByFundInTheOrderStored() {
    World world = newWorld();
    String subscriber = "lp-kafka-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(subscriber));
    World.approve(hub, "subscribers", subscriber);
    HubClient.Response subscription = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "channels": [{"type": "kafka", "brokers": "%s"}]}"""
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

  private static List<ConsumerRecord<String, String>> consume(String topic, int count) {
    Properties config = new Properties();
    config.putAll(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString(),
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

  private static EmbeddedKafkaKraftBroker startBroker() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    broker.afterPropertiesSet();
    return broker;
  }
}
