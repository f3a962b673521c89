package org.pmdc.hub.flow;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.World;

/**
 * The packaged hub killed with SIGKILL while notices are being processed and delivered, and a
 * ledger is half stored — its embedded PostgreSQL killed too, as in a machine crash — then started
 * again on the same data: every accepted notice and every record of the ledger is stored once and
 * delivered, each under one webhook id.
 */
class CrashRecoveryIT {

  private static final int NOTICES = 20;
  private static final int LEDGER_CALLS = 400;

  @RegisterExtension
  static final WireMockExtension lp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path data;
  private final List<Process> hubs = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    hubs.forEach(Process::destroyForcibly);
    killPostgres();
  }

  @Test
  void noAcceptedNoticeIsLostOrStoredTwiceAcrossAKill() throws Exception {
    int httpPort = freePort();
    int dbPort = freePort();
    HubClient hub = start(httpPort, dbPort);
    World world = World.create(hub, lp);
    List<String> accepted = new ArrayList<>();
    String csv = Files.readString(Path.of("sample-files", "capital-call.csv"));
    for (int i = 0; i < NOTICES; i++) {
      HubClient.Response response = world.submit("text/csv", csv.replace("CC-2026-008", "CC-CRASH-" + i));
      assertThat(response.status()).isEqualTo(202);
      accepted.add(response.body().get("id").asText());
    }
    String ledger = world.submit("text/csv", ledger()).body().get("id").asText();
    // Killed once some of the ledger's records are stored, and not all.
    int storedBeforeKill = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
        .until(() -> world.status(ledger).path("records").size(), stored -> stored > 0);

    hubs.get(0).destroyForcibly().waitFor();
    killPostgres();
    World restarted = world.on(start(httpPort, dbPort));

    for (String id : accepted) {
      assertThat(restarted.awaitCompleted(id).get("status").asText()).as(id).isEqualTo("stored");
    }
    JsonNode ledgerDone = await().atMost(Duration.ofSeconds(120)).until(() -> restarted.status(ledger),
        doc -> "stored".equals(doc.get("status").asText()));
    assertThat(storedBeforeKill).as("killed mid-ledger").isLessThan(LEDGER_CALLS);
    assertThat(ledgerDone.get("records")).hasSize(LEDGER_CALLS)
        .allSatisfy(call -> assertThat(call.get("status").asText()).isEqualTo("stored"))
        .allSatisfy(call -> assertThat(call.get("version").asInt()).isEqualTo(1));
    await().atMost(Duration.ofSeconds(120)).until(() -> distinctWebhookIds(restarted) == NOTICES + LEDGER_CALLS);
    assertThat(restarted.webhooks()).extracting(r -> r.getHeader("webhook-id")).doesNotContainNull();
  }

  /** A fund administrator's ledger of many calls of GF-III, four investors each. */
  private static String ledger() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("sample-files", "cedar-call-ledger.csv"));
    StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
    for (int call = 1; call <= LEDGER_CALLS; call++) {
      for (int investor = 1; investor <= 4; investor++) {
        csv.append("GF-III,CC-LEDGER-").append(call).append(",10/15/2026,10/29/2026,USD,LP-000").append(investor)
            .append(",Investor ").append(investor).append(",50000000.00,1000.00,0.00,0.00,1000.00,40000000.00\n");
      }
    }
    return csv.toString();
  }

  private static long distinctWebhookIds(World world) {
    return world.webhooks().stream().map((LoggedRequest r) -> r.getHeader("webhook-id")).distinct().count();
  }

  private HubClient start(int httpPort, int dbPort) throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(f -> f.getFileName().toString().matches("pmdc-exchange-hub-.*\\.jar")).findFirst().orElseThrow();
    }
    Path log = data.resolve("hub-" + hubs.size() + ".log");
    Process hub = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", jar.toString(),
            "--server.port=" + httpPort,
            "--PMDC_EMBEDDED_DB_DIR=" + data.resolve("pg"),
            "--PMDC_EMBEDDED_DB_PORT=" + dbPort,
            "--PMDC_FOLDER_ROOT=" + data.resolve("inbox"),
            "--PMDC_PROCESSING_LEASE_SECONDS=2",
            "--PMDC_PROCESSING_RECOVERY_INTERVAL_MS=500",
            "--PMDC_DELIVERY_POLL_INTERVAL_MS=100",
            "--PMDC_DELIVERY_LEASE_SECONDS=2",
            "--PMDC_DELIVERY_INITIAL_BACKOFF=100ms",
            // The LP's webhook receiver (WireMock) listens on this machine.
            "--PMDC_DELIVERY_ALLOWED_NETWORKS=127.0.0.1/32,::1/128",
            // First start: the hub generates its secrets key and administrator secret here.
            "--PMDC_SECRETS_KEY_FILE=" + data.resolve("secrets.key"),
            "--PMDC_ADMIN_SECRET_FILE=" + data.resolve("admin-client-secret"),
            "--PMDC_LOG_FORMAT=logstash")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    hubs.add(hub);
    HubClient client = new HubClient(httpPort);
    try {
      await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
          .until(() -> client.anonymous().get("/actuator/health").status() == 200);
    } catch (ConditionTimeoutException notUp) {
      // The log is in a temporary folder that goes with the test: show why the hub did not start.
      List<String> lines = Files.readAllLines(log);
      throw new AssertionError("The hub did not become healthy (process " + (hub.isAlive() ? "running" : "ended")
          + "); its log ends:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())), notUp);
    }
    Path adminSecret = data.resolve("admin-client-secret");
    assertThat(Files.getPosixFilePermissions(adminSecret)).as("readable by its owner only")
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    return client.as(HubClient.ADMIN_ID, Files.readString(adminSecret).trim());
  }

  /** The embedded PostgreSQL outlives a killed JVM: end it as a crash would. */
  private void killPostgres() throws Exception {
    Path pid = data.resolve("pg").resolve("postmaster.pid");
    if (Files.exists(pid)) {
      long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).trim());
      ProcessHandle.of(postmaster).ifPresent(process -> {
        process.destroyForcibly();
        process.onExit().join();
      });
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
