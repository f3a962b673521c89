package org.pmdc.hub.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.SftpServers;
import org.pmdc.hub.support.World;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * LP confidentiality, end to end: four LPs of one GP, each taking records by webhook, on its Kafka
 * topic, as CSV files on SFTP and as JSON files in a folder, and pulling them. Of a record with
 * the lines of investors A, B and C, LP1 (representing A) gets A's line, LP2 (B and C) theirs, LP3
 * (all investors) every line, LP4 (D, not in the record) nothing; on every channel and through the
 * pull API the exact set of investors is checked, so any foreign line fails the test.
 */
class InvestorEntitlementIT extends HubIntegrationTest {

  private static final String A = "LP-0001";
  private static final String B = "LP-0002";
  private static final String C = "LP-0003";
  private static final String D = "LP-0009";
  private static final List<String> CHANNELS = List.of("webhook", "kafka", "sftp", "folder");

  private static final EmbeddedKafkaKraftBroker KAFKA = new EmbeddedKafkaKraftBroker(1, 1);
  private static final String SFTP_PASSWORD = "lp-secret";
  private static final Path SFTP_HOME = temporaryFolder("lp-sftp-home");
  private static final SshServer SFTP = SftpServers.start(SFTP_HOME, "lps", SFTP_PASSWORD);

  static {
    KAFKA.afterPropertiesSet();
  }

  @AfterAll
  static void stopServers() throws IOException {
    KAFKA.destroy();
    SFTP.stop(true);
  }

  /** One LP with a subscription on every channel; its code names its topic, SFTP folder and webhook path. */
  private record Lp(String code, HubClient client, Path folder) {}

  /** What one channel delivered of one record: its event type (null on Kafka, which has none), what it replaces, whose lines. */
  private record Arrival(String type, String replaces, List<String> investors) {}

  @Test
  void eachLpReceivesExactlyItsInvestorsLinesOfACapitalCallOnEveryChannelAndThroughThePullApi() {
    World world = newWorld();
    Lp lp1 = lp(world, "[\"" + A + "\"]");
    Lp lp2 = lp(world, "[\"" + B + "\", \"" + C + "\"]");
    Lp lp3 = lp(world, "\"all\"");
    Lp lp4 = lp(world, "[\"" + D + "\"]");

    String call = store(world, "text/csv", sampleText("capital-call.csv"));

    assertReceived(lp1, call, new Arrival("capital_call.published", null, List.of(A)));
    assertReceived(lp2, call, new Arrival("capital_call.published", null, List.of(B, C)));
    assertReceived(lp3, call, new Arrival("capital_call.published", null, List.of(A, B, C)));
    assertNothingQueuedFor(lp4);
    assertPulled(lp1, "capital-calls", call, null, List.of(A));
    assertPulled(lp2, "capital-calls", call, null, List.of(B, C));
    assertPulled(lp3, "capital-calls", call, null, List.of(A, B, C));
    assertNotPulled(lp4, "capital-calls", call);
    HubClient.Response seenByLp1 = lp1.client().get("/api/v1/lp/capital-calls/" + call);
    HubClient.Response seenByLp2 = lp2.client().get("/api/v1/lp/capital-calls/" + call);
    assertThat(seenByLp1.header("ETag")).isNotEqualTo(seenByLp2.header("ETag"));
    assertThat(seenByLp1.body().at("/totals/amount").asText())
        .as("the fund's totals stay the notice's").isEqualTo(seenByLp2.body().at("/totals/amount").asText())
        .isEqualTo("1500000.00");
  }

  @Test
  void anAmendmentReachesTheLpWhoseLineVanishedAndIsTheFirstVersionForTheLpWhoseInvestorAppears() {
    World world = newWorld();
    Lp lp1 = lp(world, "[\"" + A + "\"]");
    Lp lp2 = lp(world, "[\"" + B + "\", \"" + C + "\"]");
    Lp lp4 = lp(world, "[\"" + D + "\"]");
    String first = store(world, "text/csv", sampleText("capital-call.csv"));
    assertReceived(lp1, first, new Arrival("capital_call.published", null, List.of(A)));

    // Version 2: A's line removed, D's added, the same total.
    String second = store(world, "text/csv", sampleText("capital-call.csv")
        .replace("LP-0001,Maple Teachers' Pension Plan", "LP-0009,Willow Pension Fund"));

    assertReceived(lp1, second, new Arrival("capital_call.amended", first, List.of()));
    assertReceived(lp2, second, new Arrival("capital_call.amended", first, List.of(B, C)));
    assertReceived(lp4, second, new Arrival("capital_call.published", null, List.of(D)));
    assertPulled(lp1, "capital-calls", second, first, List.of());
    assertPulled(lp4, "capital-calls", second, null, List.of(D));
    assertNotPulled(lp4, "capital-calls", first);
    assertThat(lp1.client().get("/api/v1/lp/capital-calls/" + first).body().at("/supersededBy").asText())
        .isEqualTo(second);
    assertThat(feed(lp1)).containsExactly("capital_call.published " + first, "capital_call.amended " + second);
    assertThat(feed(lp4)).containsExactly("capital_call.published " + second);
    assertThat(lp4.client().get("/api/v1/lp/capital-calls/" + second).body().get("amendment").asBoolean()).isTrue();

    // Version 3 has none of LP1's lines either: nothing changed for it, nothing is sent.
    String third = store(world, "text/csv", sampleText("capital-call.csv")
        .replace("LP-0001,Maple Teachers' Pension Plan", "LP-0009,Willow Pension Fund")
        .replace("Follow-on in Northwind Robotics", "Follow-on in Northwind Robotics (corrected)"));
    assertReceived(lp4, third, new Arrival("capital_call.amended", second, List.of(D)));
    assertThat(count("SELECT count(*) FROM delivery d JOIN notice n ON n.id = d.notice_id"
        + " JOIN subscription su ON su.id = d.subscription_id JOIN subscriber sb ON sb.id = su.subscriber_id"
        + " WHERE n.public_id::text = ? AND sb.code = ?", third, lp1.code())).isZero();
  }

  @Test
  void aCapitalAccountStatementReachesEachLpWithItsOwnInvestorsLinesOnly() {
    World world = newWorld();
    Lp lp1 = lp(world, "[\"" + A + "\"]");
    Lp lp2 = lp(world, "[\"" + B + "\", \"" + C + "\"]");
    Lp lp4 = lp(world, "[\"" + D + "\"]");

    String statement = store(world, "text/csv", sampleText("capital-account-statement.csv"));

    assertReceived(lp1, statement, new Arrival("capital_account_statement.published", null, List.of(A)));
    assertReceived(lp2, statement, new Arrival("capital_account_statement.published", null, List.of(B, C)));
    assertNothingQueuedFor(lp4);
    assertPulled(lp1, "capital-account-statements", statement, null, List.of(A));
    assertPulled(lp2, "capital-account-statements", statement, null, List.of(B, C));
    assertNotPulled(lp4, "capital-account-statements", statement);
  }

  @Test
  void theFundsOwnRecordsGoWholeToEverySubscriptionThatCoversThem() {
    World world = newWorld();
    Lp lp4 = lp(world, "[\"" + D + "\"]");

    String metrics = store(world, "application/json", sampleText("portfolio-metrics.json"));

    awaitDelivered(lp4, metrics);
    JsonNode pulled = lp4.client().get("/api/v1/lp/company-metrics/" + metrics).body();
    assertThat(pulled.get("lineCount").asInt()).isPositive();
    assertThat(pulled.get("lines")).hasSize(pulled.get("lineCount").asInt());
    assertThat(webhookEvent(lp4, metrics).at("/data/lines")).hasSize(pulled.get("lineCount").asInt());
  }

  // --- the LPs and what they received ---------------------------------------------------------

  /** An approved LP of the world's publisher, subscribed for the given investors on every channel. */
  private Lp lp(World world, String investors) {
    String code = "lp-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP %s\"}".formatted(code, code));
    HubClient.Credentials client = World.approve(hub, "subscribers", code);
    Path folder = temporaryFolder("lp-folder");
    lp.stubFor(post(urlEqualTo("/hooks/" + code)).willReturn(aResponse().withStatus(204)));
    HubClient.Response subscription = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": %s, "channels": [
          {"type": "webhook", "url": "%s/hooks/%s"},
          {"type": "kafka", "brokers": "%s"},
          {"type": "sftp", "host": "localhost", "port": %d, "username": "lps", "password": "%s", "directory": "%s",
           "format": "csv", "knownHosts": "%s"},
          {"type": "folder", "directory": "%s", "format": "json"}]}"""
        .formatted(world.publisher(), code, investors, lp.baseUrl(), code, KAFKA.getBrokersAsString(), SFTP.getPort(),
            SFTP_PASSWORD, code, SftpServers.knownHosts(SFTP), folder));
    assertThat(subscription.status()).as(subscription.body().toString()).isEqualTo(201);
    return new Lp(code, hub.as(client.clientId(), client.secret()), folder);
  }

  private static String store(World world, String contentType, String body) {
    JsonNode done = world.awaitCompleted(world.submit(contentType, body).body().get("id").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    return done.at("/notice/id").asText();
  }

  /** The record arrived on every channel of the LP, each time exactly as expected. */
  private void assertReceived(Lp lp, String recordId, Arrival expected) {
    awaitDelivered(lp, recordId);
    Map<String, Arrival> arrivals = new LinkedHashMap<>();
    arrivals.put("webhook", arrival(webhookEvent(lp, recordId)));
    arrivals.put("kafka", kafkaArrival(lp, recordId));
    arrivals.put("sftp", csvArrival(SFTP_HOME.resolve(lp.code()), recordId));
    arrivals.put("folder", arrival(fileEvent(lp.folder(), recordId)));
    Arrival onKafka = new Arrival(null, expected.replaces(), expected.investors());
    assertThat(arrivals).as("what %s received of %s", lp.code(), recordId).containsExactlyInAnyOrderEntriesOf(Map.of(
        "webhook", expected, "kafka", onKafka, "sftp", expected, "folder", expected));
  }

  private void awaitDelivered(Lp lp, String recordId) {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.queryForList("SELECT c.kind FROM delivery d"
        + " JOIN notice n ON n.id = d.notice_id JOIN delivery_channel c ON c.id = d.channel_id"
        + " JOIN subscription su ON su.id = d.subscription_id JOIN subscriber sb ON sb.id = su.subscriber_id"
        + " WHERE n.public_id::text = ? AND sb.code = ? AND d.status = 'delivered'", String.class, recordId, lp.code()))
        .containsExactlyInAnyOrderElementsOf(CHANNELS));
  }

  /** Deliveries are queued with the record: none for the LP means none will ever leave for it. */
  private void assertNothingQueuedFor(Lp lp) {
    assertThat(count("SELECT count(*) FROM delivery d JOIN subscription su ON su.id = d.subscription_id"
        + " JOIN subscriber sb ON sb.id = su.subscriber_id WHERE sb.code = ?", lp.code())).isZero();
    assertThat(this.lp.findAll(postRequestedFor(urlEqualTo("/hooks/" + lp.code())))).isEmpty();
  }

  private void assertPulled(Lp lp, String collection, String recordId, String replaces, List<String> investors) {
    JsonNode record = lp.client().get("/api/v1/lp/" + collection + "/" + recordId).body();
    String linesKey = collection.equals("capital-account-statements") ? "lines" : "allocations";
    assertThat(investorIds(record.get(linesKey))).as("%s pulls %s", lp.code(), recordId).isEqualTo(investors);
    assertThat(record.get("lineCount").asInt()).isEqualTo(investors.size());
    assertThat(record.get("replaces").isNull() ? null : record.get("replaces").asText()).isEqualTo(replaces);
    JsonNode listed = lp.client().get("/api/v1/lp/" + collection).body().get("items");
    assertThat(listed).filteredOn(item -> item.get("id").asText().equals(recordId)).singleElement()
        .satisfies(item -> assertThat(item.get("lineCount").asInt()).isEqualTo(investors.size()));
    assertThat(feed(lp)).anyMatch(item -> item.endsWith(" " + recordId));
  }

  private void assertNotPulled(Lp lp, String collection, String recordId) {
    assertThat(lp.client().get("/api/v1/lp/" + collection + "/" + recordId).status()).isEqualTo(404);
    assertThat(lp.client().get("/api/v1/lp/" + collection).body().get("items"))
        .noneMatch(item -> item.get("id").asText().equals(recordId));
    assertThat(feed(lp)).noneMatch(item -> item.endsWith(" " + recordId));
  }

  /** The LP's feed as "type recordId", oldest first. */
  private static List<String> feed(Lp lp) {
    List<String> items = new ArrayList<>();
    lp.client().get("/api/v1/lp/feed").body().get("items")
        .forEach(item -> items.add(item.get("type").asText() + " " + item.get("recordId").asText()));
    return items;
  }

  private JsonNode webhookEvent(Lp lp, String recordId) {
    return this.lp.findAll(postRequestedFor(urlEqualTo("/hooks/" + lp.code()))).stream()
        .map(request -> json(request.getBodyAsString()))
        .filter(event -> event.at("/data/noticeId").asText().equals(recordId))
        .reduce((one, other) -> other).orElseThrow();
  }

  private static JsonNode fileEvent(Path folder, String recordId) {
    try (Stream<Path> files = Files.list(folder)) {
      List<JsonNode> events = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        json(Files.readString(file)).forEach(events::add);
      }
      return events.stream().filter(event -> event.at("/data/noticeId").asText().equals(recordId))
          .reduce((one, other) -> other).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A webhook event or a file's: its type, what it replaces, whose lines (checking lineCount). */
  private static Arrival arrival(JsonNode event) {
    JsonNode data = event.get("data");
    List<String> investors = investorIds(data.has("lines") ? data.get("lines") : data.get("allocations"));
    assertThat(data.get("lineCount").asInt()).isEqualTo(investors.size());
    return new Arrival(event.get("type").asText(), text(data.get("replaces")), investors);
  }

  private static Arrival kafkaArrival(Lp lp, String recordId) {
    Properties config = new Properties();
    config.putAll(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString(),
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    TopicPartition partition = new TopicPartition("pmdc." + lp.code(), 0);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      while (consumer.position(partition) < end) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      JsonNode data = records.stream().map(record -> json(record.value()))
          .filter(value -> value.get("noticeId").asText().equals(recordId)).reduce((one, other) -> other).orElseThrow();
      List<String> investors = investorIds(data.has("lines") ? data.get("lines") : data.get("allocations"));
      assertThat(data.get("lineCount").asInt()).isEqualTo(investors.size());
      return new Arrival(null, text(data.get("replaces")), investors);
    }
  }

  /** The CSV rows of the record on the LP's SFTP folder: one per line, or one with empty line columns. */
  private static Arrival csvArrival(Path folder, String recordId) {
    List<CSVRecord> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
              .forEach(row -> {
                if (row.get("noticeId").equals(recordId)) {
                  rows.add(row);
                }
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(rows).isNotEmpty();
    List<String> investors = rows.stream().map(row -> row.get("investorId")).filter(id -> !id.isEmpty()).toList();
    String replaces = rows.get(0).get("replaces");
    return new Arrival(rows.get(0).get("eventType"), replaces.isEmpty() ? null : replaces, investors);
  }

  private static List<String> investorIds(JsonNode lines) {
    List<String> ids = new ArrayList<>();
    if (lines != null) {
      lines.forEach(line -> ids.add(line.get("investorId").asText()));
    }
    return ids;
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
