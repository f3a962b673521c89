package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.SftpServers;
import org.pmdc.hub.support.World;

/**
 * LPs that take files: a folder channel and an SFTP channel (an Apache MINA SSHD server started
 * here) on one subscription. Each batch arrives as one complete file, JSON or CSV as chosen.
 */
class FileChannelsIT extends HubIntegrationTest {

  private static final String PASSWORD = "lp-s3cret; odd=chars&more";
  private static final Path SFTP_HOME = temporaryFolder("lp-sftp-home");
  private static final SshServer SERVER = SftpServers.start(SFTP_HOME, "maple", PASSWORD);
  private static final String KNOWN_HOSTS = SftpServers.knownHosts(SERVER);

  @AfterAll
  static void stopServer() throws IOException {
    SERVER.stop(true);
  }

  @Test
  void aRecordArrivesAsOneCompleteFileOnEachFileChannel() throws IOException {
    World world = newWorld();
    Path folder = temporaryFolder("lp-folder");
    HubClient.Response subscription = subscribe(world, """
        [{"type": "folder", "directory": "%s", "format": "json"},
         {"type": "sftp", "host": "localhost", "port": %d, "username": "maple", "password": "%s",
          "directory": "outbox", "format": "csv", "knownHosts": "%s"}]""".formatted(folder, SERVER.getPort(), PASSWORD, KNOWN_HOSTS));
    assertThat(subscription.status()).as(subscription.body().toString()).isEqualTo(201);
    assertThat(subscription.body().toString()).doesNotContain(PASSWORD);

    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();

    Path json = awaitOneFile(folder, ".json");
    JsonNode events = JSON.readTree(json.toFile());
    assertThat(events).hasSize(1);
    assertThat(events.at("/0/type").asText()).isEqualTo("capital_call.published");
    assertThat(events.at("/0/data/allocations")).hasSize(3);
    Path csv = awaitOneFile(SFTP_HOME.resolve("outbox"), "-capital_call.csv");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).startsWith("deliveryId,eventType,noticeId,version,supersedes,replaces,recordType").contains("investorId");
    assertThat(rows.subList(1, 4)).allSatisfy(row -> assertThat(row).contains("CC-2026-008"));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).get("deliveries"))
        .filteredOn(delivery -> !delivery.get("channel").asText().equals("webhook"))
        .extracting(delivery -> delivery.get("channel").asText() + " " + delivery.get("status").asText())
        .containsExactlyInAnyOrder("folder delivered", "sftp delivered"));
  }

  @Test
  void anSftpServerThatRefusesTheLoginKeepsTheDeliveryPendingWithTheReason() {
    World world = newWorld();
    subscribe(world, """
        [{"type": "sftp", "host": "localhost", "port": %d, "username": "maple", "password": "wrong",
          "directory": "refused", "knownHosts": "%s"}]""".formatted(SERVER.getPort(), KNOWN_HOSTS));

    awaitSftpDeliveryFailing(world, "auth");
    assertThat(SFTP_HOME.resolve("refused")).doesNotExist();
  }

  @Test
  void aChannelWithoutWhatItNeedsIsRefusedFieldByField() {
    World world = newWorld();

    HubClient.Response refused = subscribe(world, """
        [{"type": "sftp", "port": 70000, "username": "maple"}, {"type": "carrier-pigeon"}]""");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asText())
        .contains("channels[0].host", "channels[0].port", "channels[0].password", "channels[0].knownHosts",
            "channels[1].type");
  }

  @Test
  void anSftpServerWhoseHostKeyIsNotTheChannelsGetsNothing() throws Exception {
    World world = newWorld();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    String impostor = "[localhost]:" + SERVER.getPort() + " " + PublicKeyEntry.toString(generator.generateKeyPair().getPublic());
    subscribe(world, """
        [{"type": "sftp", "host": "localhost", "port": %d, "username": "maple", "password": "%s",
          "directory": "impostor", "knownHosts": "%s"}]""".formatted(SERVER.getPort(), PASSWORD, impostor));

    awaitSftpDeliveryFailing(world, "hostkey");
    assertThat(SFTP_HOME.resolve("impostor")).doesNotExist();
  }

  /** Submits a capital call and waits until its SFTP delivery has failed with an error naming the cause. */
  private void awaitSftpDeliveryFailing(World world, String cause) {
    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).get("deliveries"))
        .filteredOn(delivery -> delivery.get("channel").asText().equals("sftp"))
        .singleElement()
        .satisfies(delivery -> {
          assertThat(delivery.get("status").asText()).isIn("pending", "dead");
          assertThat(delivery.get("lastError").asText()).containsIgnoringCase(cause);
        }));
  }

  @Test
  void aValueASpreadsheetWouldRunIsDefusedInTheCsvFilesOfBothFileChannels() throws IOException {
    World world = newWorld();
    Path folder = temporaryFolder("lp-folder");
    subscribe(world, """
        [{"type": "folder", "directory": "%s", "format": "csv"},
         {"type": "sftp", "host": "localhost", "port": %d, "username": "maple", "password": "%s",
          "directory": "formulas", "format": "csv", "knownHosts": "%s"}]""".formatted(folder, SERVER.getPort(), PASSWORD, KNOWN_HOSTS));
    String formula = "=HYPERLINK(\"http://evil.example\",\"Maple\")";

    world.submit("text/csv", sampleText("capital-call.csv")
        .replace("Maple Teachers' Pension Plan", "\"" + formula.replace("\"", "\"\"") + "\""));

    for (Path csv : List.of(awaitOneFile(folder, "-capital_call.csv"), awaitOneFile(SFTP_HOME.resolve("formulas"), "-capital_call.csv"))) {
      List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(csv)).getRecords();
      assertThat(rows).extracting(row -> row.get("investorName")).as(csv.toString()).contains("'" + formula)
          .noneMatch(name -> name.startsWith("="));
      assertThat(rows).extracting(row -> row.get("amount")).allMatch(amount -> !amount.startsWith("'"));
    }
  }

  /** A second subscriber of the world's publisher, taking records on the given channels. */
  private HubClient.Response subscribe(World world, String channels) {
    String subscriber = "lp-files-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(subscriber));
    World.approve(hub, "subscribers", subscriber);
    return hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": "all", "channels": %s}""".formatted(world.publisher(), subscriber, channels));
  }

  /** Waits for the one delivered file; nothing may be left under a temporary name. */
  private static Path awaitOneFile(Path folder, String suffix) throws IOException {
    // A finished file, not the temporary one it is written as (which has the same suffix).
    await().atMost(PATIENCE).until(() -> Files.isDirectory(folder) && list(folder)
        .map(f -> f.getFileName().toString()).anyMatch(name -> name.startsWith("pmdc-") && name.endsWith(suffix)));
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      assertThat(all).extracting(f -> f.getFileName().toString()).noneMatch(name -> name.startsWith(".inprogress-"));
      assertThat(all).hasSize(1);
      assertThat(all.get(0).getFileName().toString()).startsWith("pmdc-");
      return all.get(0);
    }
  }

  private static Stream<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList().stream();
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
