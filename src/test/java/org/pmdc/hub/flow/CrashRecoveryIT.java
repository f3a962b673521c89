package org.pmdc.hub.flow;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * The packaged hub killed with SIGKILL while notices are being processed and delivered — its
 * embedded PostgreSQL killed too, as in a machine crash — then started again on the same data:
 * every accepted notice is stored once and delivered, each under one webhook id.
 */
class CrashRecoveryIT {

  private static final int NOTICES = 20;

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

    hubs.get(0).destroyForcibly().waitFor();
    killPostgres();
    World restarted = world.on(start(httpPort, dbPort));

    for (String id : accepted) {
      assertThat(restarted.awaitCompleted(id).get("status").asText()).as(id).isEqualTo("stored");
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> distinctWebhookIds(restarted) == NOTICES);
    assertThat(restarted.webhooks()).extracting(r -> r.getHeader("webhook-id")).doesNotContainNull();
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
