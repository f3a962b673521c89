package org.pmdc.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.SftpServers;
import org.pmdc.hub.support.World;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A publisher's SFTP server (Apache MINA SSHD in the test JVM, password login): files are
 * collected, stored, and moved on the server to .done/ or .error/ with the report beside them.
 */
class SftpIntakeIT extends HubIntegrationTest {

  private static final String PUBLISHER = "sftp-gp-" + UUID.randomUUID().toString().substring(0, 8);
  /** A second source whose password the server refuses. */
  private static final String LOCKED_OUT = "sftp-locked-out-gp";
  private static final Path HOME = createHome();
  private static final SshServer SERVER = SftpServers.start(HOME, "acme", "s3cret; with=odd&chars");

  private static World world;

  @DynamicPropertySource
  static void sftpSource(DynamicPropertyRegistry properties) {
    source(properties, 0, PUBLISHER, "s3cret; with=odd&chars");
    source(properties, 1, LOCKED_OUT, "not-the-password");
    properties.add("pmdc.sftp.quiet-period-ms", () -> "1000");
    // This hub has its own database: it must not watch the drop folder the shared hub watches.
    properties.add("pmdc.folder.root", () -> HOME.resolveSibling(HOME.getFileName() + "-drop").toString());
  }

  private static void source(DynamicPropertyRegistry properties, int index, String publisher, String password) {
    String prefix = "pmdc.sftp.sources[" + index + "].";
    properties.add(prefix + "publisher", () -> publisher);
    properties.add(prefix + "host", () -> "localhost");
    properties.add(prefix + "port", SERVER::getPort);
    properties.add(prefix + "username", () -> "acme");
    properties.add(prefix + "password", () -> password);
    properties.add(prefix + "poll-interval-ms", () -> "300");
    properties.add(prefix + "strict-host-key-checking", () -> "false");
  }

  @BeforeEach
  void publisher() {
    if (world == null) {
      world = World.create(hub, lp, PUBLISHER).withFund("AGF-I", "EUR").withFund("VF-II", "USD").withFund("ECF-I", "EUR");
    }
  }

  @AfterAll
  static void stopServer() throws IOException {
    SERVER.stop(true);
  }

  @Test
  void aSourceThatKeepsFailingTurnsItsHealthDegradedWithTheReasonWhileTheOthersPoll() {
    JsonNode sources = await().atMost(PATIENCE).until(
        () -> hub.anonymous().get("/actuator/health").body().at("/components/sftpIntake"),
        component -> "DEGRADED".equals(component.path("status").asText()));

    assertThat(sources.at("/details/" + LOCKED_OUT + "/lastSuccessfulPoll").asText()).isEqualTo("never");
    assertThat(sources.at("/details/" + LOCKED_OUT + "/failedPollsInARow").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(sources.at("/details/" + LOCKED_OUT + "/lastError").asText()).containsIgnoringCase("auth");
    assertThat(sources.at("/details/" + PUBLISHER + "/failedPollsInARow").asInt()).isZero();
    assertThat(sources.at("/details/" + PUBLISHER + "/lastSuccessfulPoll").asText()).isNotEqualTo("never");
  }

  @Test
  void aFileOnTheServerIsCollectedStoredAndMovedToDone() throws Exception {
    upload("capital-call.csv", sampleText("capital-call.csv"));

    Path done = awaitOnServer(".done/" + LocalDate.now() + "/capital-call.csv");

    assertThat(Files.readString(done)).isEqualTo(sampleText("capital-call.csv"));
    assertThat(HOME.resolve("inbox/capital-call.csv")).doesNotExist();
    assertThat(jdbc.queryForList("SELECT s.channel FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ? AND s.file_name = 'capital-call.csv'", String.class, PUBLISHER)).containsExactly("sftp");
    assertThat(world.awaitWebhooks(1)).isNotEmpty();
  }

  @Test
  void anAmendmentUploadedUnderTheSameNameTheSameDayIsArchivedBesideTheFirstFile() throws Exception {
    String first = sampleText("capital-call.csv").replace("CC-2026-008", "CC-2026-077");
    String amended = first.replace("Follow-on in Northwind Robotics", "Follow-on in Northwind Robotics (revised)");
    upload("amended-call.csv", first);
    awaitOnServer(".done/" + LocalDate.now() + "/amended-call.csv");

    upload("amended-call.csv", amended);

    assertThat(Files.readString(awaitOnServer(".done/" + LocalDate.now() + "/amended-call (2).csv"))).isEqualTo(amended);
    assertThat(Files.readString(HOME.resolve("inbox/.done/" + LocalDate.now() + "/amended-call.csv"))).isEqualTo(first);
  }

  /**
   * Every other shipped sample but Northgate's (bound to its own publisher), binary ones included.
   * The ledger's workbook comes after its CSV and holds the same calls: read from either, they are
   * the same records, so nothing is new.
   */
  @ParameterizedTest
  @ValueSource(strings = {"capital-call.json", "distribution.csv", "alpine-distribution.csv", "ledgerly-capital-call.json",
      "harbor-capital-call.xlsx", "capital-account-statement.csv", "keystone-schedule-of-investments.xlsx",
      "portfolio-metrics.json", "cedar-call-ledger.csv", "cedar-call-ledger.xlsx"})
  void eachSampleFileOnTheServerIsCollectedAndStored(String sample) throws Exception {
    byte[] content = Files.readAllBytes(Path.of("sample-files", sample));

    upload(sample, content);

    assertThat(Files.readAllBytes(awaitOnServer(".done/" + LocalDate.now() + "/" + sample))).isEqualTo(content);
    assertThat(jdbc.queryForList("SELECT s.status FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ? AND s.file_name = ?", String.class, PUBLISHER, sample))
        .containsExactly(sample.equals("cedar-call-ledger.xlsx") ? "unchanged" : "stored");
  }

  @Test
  void aRejectedFileMovesToErrorOnTheServerWithItsReport() throws Exception {
    upload("bad-distribution.csv", sampleText("distribution.csv").replace("2026-11-14", "2026-11-31"));

    awaitOnServer(".error/bad-distribution.csv");
    JsonNode report = JSON.readTree(awaitOnServer(".error/bad-distribution.csv.errors.json").toFile());

    assertThat(report.at("/errors/0/field").asText()).isEqualTo("payment_date");
    assertThat(Files.readAllLines(awaitOnServer(".error/bad-distribution.csv.errors.csv")).get(0))
        .isEqualTo("row,column,value,reason");
  }

  @Test
  void aLedgerWithABadCallMovesToPartialOnTheServerWithTheReportOfThatCallOnly() throws Exception {
    String ledger = sampleText("cedar-call-ledger.csv").replace("CC-", "SF-")
        .replace("GF-III,SF-2026-10,10/15/2026,10/29/2026,USD,LP-0002", "GF-III,SF-2026-10,10/15/2026,10/29/2026,EUR,LP-0002");

    upload("ledger.csv", ledger);

    String partial = ".partial/" + LocalDate.now() + "/";
    assertThat(Files.readString(awaitOnServer(partial + "ledger.csv"))).isEqualTo(ledger);
    JsonNode report = JSON.readTree(awaitOnServer(partial + "ledger.csv.errors.json").toFile());
    assertThat(report.get("status").asText()).isEqualTo("partially_stored");
    assertThat(report.get("errors")).extracting(e -> e.get("record").asText()).containsOnly("SF-2026-10");
    assertThat(Files.readAllLines(awaitOnServer(partial + "ledger.csv.errors.csv")).get(0))
        .isEqualTo("record,fund,row,column,value,reason");
    assertThat(jdbc.queryForList("SELECT n.notice_reference FROM notice n JOIN publisher p ON p.id = n.publisher_id "
        + "WHERE p.code = ? AND n.notice_reference LIKE 'SF-%' ORDER BY 1", String.class, PUBLISHER))
        .containsExactly("SF-11", "SF-2026-07", "SF-3");
  }

  private static void upload(String name, String content) throws IOException {
    upload(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void upload(String name, byte[] content) throws IOException {
    Path temp = Files.write(HOME.resolve(name + ".part"), content);
    Files.move(temp, HOME.resolve("inbox").resolve(name));
  }

  private static Path awaitOnServer(String relative) {
    Path file = HOME.resolve("inbox").resolve(relative);
    await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file));
    return file;
  }

  private static Path createHome() {
    try {
      Path home = Files.createTempDirectory("sftp-home");
      Files.createDirectories(home.resolve("inbox"));
      return home;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
