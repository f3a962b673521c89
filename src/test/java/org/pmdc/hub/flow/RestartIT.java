package org.pmdc.hub.flow;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pmdc.hub.HubApplication;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.World;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hub stopped between acceptance and delivery loses nothing: a second hub started on the same
 * database finishes the work. The first hub runs with processing or delivery switched off, which
 * leaves the database exactly as a crash at that point would.
 */
class RestartIT {

  @RegisterExtension
  static final WireMockExtension lp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dataDirectory;
  private final List<ConfigurableApplicationContext> hubs = new ArrayList<>();

  @AfterEach
  void stopHubs() {
    hubs.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void aNoticeAcceptedButNotProcessedBeforeTheStopIsStoredAndDeliveredAfterTheRestart() throws Exception {
    ConfigurableApplicationContext first = start("pmdc.processing.enabled=false");
    World world = World.create(client(first), lp);
    String id = world.submit("text/csv", csv()).body().get("id").asText();
    assertThat(world.status(id).get("status").asText()).isEqualTo("received");
    first.close();

    World restarted = sameWorldOn(world, start());

    JsonNode done = restarted.awaitCompleted(id);
    assertThat(done.get("status").asText()).isEqualTo("stored");
    assertThat(restarted.awaitWebhooks(1)).hasSize(1);
    assertDeliveredOnce(restarted, id);
  }

  @Test
  void aNoticeStoredButNotDeliveredBeforeTheStopIsDeliveredOnceAfterTheRestart() throws Exception {
    ConfigurableApplicationContext first = start("pmdc.delivery.enabled=false");
    World world = World.create(client(first), lp);
    String id = world.submit("text/csv", csv()).body().get("id").asText();
    assertThat(world.awaitCompleted(id).get("status").asText()).isEqualTo("stored");
    assertThat(world.webhooks()).isEmpty();
    first.close();

    World restarted = sameWorldOn(world, start());

    assertThat(restarted.awaitWebhooks(1)).hasSize(1);
    assertDeliveredOnce(restarted, id);
  }

  @Test
  void aSubmissionHeldByAWorkerThatDiedIsTakenOverWhenTheLeaseEnds() throws Exception {
    ConfigurableApplicationContext first = start("pmdc.processing.enabled=false");
    World world = World.create(client(first), lp);
    String id = world.submit("text/csv", csv()).body().get("id").asText();
    // What a worker killed mid-processing leaves: a claim whose lease has not yet run out.
    first.getBean(JdbcTemplate.class).update(
        "UPDATE submission SET status = 'processing', attempts = 1, "
            + "claimed_until = now() + interval '1 second' WHERE public_id = ?::uuid", id);
    first.close();

    World restarted = sameWorldOn(world, start());

    JsonNode done = restarted.awaitCompleted(id);
    assertThat(done.get("status").asText()).isEqualTo("stored");
    assertDeliveredOnce(restarted, id);
  }

  @Test
  void aSubmissionWhoseAttemptsAreUsedUpEndsFailedWithItsLastError() throws Exception {
    ConfigurableApplicationContext first = start("pmdc.processing.enabled=false");
    World world = World.create(client(first), lp);
    String id = world.submit("text/csv", csv()).body().get("id").asText();
    // What five crashed or failing attempts leave behind, the lines the last one staged included.
    JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
    jdbc.update("UPDATE submission SET status = 'processing', attempts = 5, last_error = 'database unavailable', "
        + "claimed_until = now() - interval '1 second' WHERE public_id = ?::uuid", id);
    jdbc.update("INSERT INTO staged_allocation (submission_id, source_row, investor_code, amount) "
        + "SELECT id, 2, 'LP-0001', 750000 FROM submission WHERE public_id = ?::uuid", id);
    first.close();

    ConfigurableApplicationContext restartedHub = start("pmdc.processing.max-attempts=5");
    World restarted = sameWorldOn(world, restartedHub);

    JsonNode done = restarted.awaitCompleted(id);
    assertThat(done.get("status").asText()).isEqualTo("failed");
    assertThat(done.get("lastError").asText()).isEqualTo("database unavailable");
    assertThat(done.get("notice").isNull()).isTrue();
    assertThat(restartedHub.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM staged_allocation a "
        + "JOIN submission s ON s.id = a.submission_id WHERE s.public_id = ?::uuid", Long.class, id)).as("staged lines").isZero();
  }

  @Test
  void aFailingProcessingStepIsRecordedRetriedAndEndsFailedWhenAttemptsRunOut() throws Exception {
    ConfigurableApplicationContext hub = start("pmdc.processing.max-attempts=2");
    World world = World.create(client(hub), lp);
    JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
    // A fault the hub cannot get past: staging refuses every line.
    jdbc.execute("CREATE FUNCTION refuse_staging() RETURNS trigger LANGUAGE plpgsql AS "
        + "$$ BEGIN RAISE EXCEPTION 'staging unavailable'; END $$");
    jdbc.execute("CREATE TRIGGER refuse_staging BEFORE INSERT ON staged_allocation FOR EACH ROW EXECUTE FUNCTION refuse_staging()");
    try {
      String id = world.submit("text/csv", csv()).body().get("id").asText();

      JsonNode done = world.awaitCompleted(id);
      assertThat(done.get("status").asText()).isEqualTo("failed");
      assertThat(done.get("attempts").asInt()).isEqualTo(2);
      assertThat(done.get("lastError").asText()).contains("staging unavailable");
      assertThat(jdbc.queryForList("SELECT stage FROM audit_event a JOIN submission s ON s.id = a.submission_id "
          + "WHERE s.public_id = ?::uuid ORDER BY a.id", String.class, id))
          .containsExactly("received", "processing_failed", "processing_failed", "failed");
      assertThat(jdbc.queryForObject("SELECT count(*) FROM notice", Long.class)).isZero();
      assertThat(hub.getBean(MeterRegistry.class).get("pmdc.submissions.completed").tag("status", "failed_attempt")
          .counter().count()).as("attempts that failed while translating, counted").isEqualTo(2.0);
    } finally {
      jdbc.execute("DROP TRIGGER refuse_staging ON staged_allocation");
      jdbc.execute("DROP FUNCTION refuse_staging()");
    }
  }

  private void assertDeliveredOnce(World world, String id) {
    JsonNode delivery = org.awaitility.Awaitility.await().atMost(World.PATIENCE)
        .until(() -> world.status(id).at("/deliveries/0"), d -> "delivered".equals(d.path("status").asText()));
    assertThat(world.status(id).get("deliveries")).hasSize(1);
    assertThat(world.webhooks()).hasSize(1);
    assertThat(world.webhooks().get(0).getHeader("webhook-id")).isEqualTo(delivery.get("id").asText());
  }

  /** A hub on the test's data directory, which a stop keeps (clean=false) for the next hub. */
  private ConfigurableApplicationContext start(String... properties) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--pmdc.embedded-db.data-directory=" + dataDirectory,
        "--pmdc.embedded-db.clean=false",
        // Its own drop folder: other hubs of the test run have other databases.
        "--pmdc.folder.root=" + dataDirectory.resolve("inbox")));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    // Command-line arguments, so they win over the 'test' profile's settings.
    ConfigurableApplicationContext hub =
        new SpringApplicationBuilder(HubApplication.class).profiles("test").run(arguments.toArray(String[]::new));
    hubs.add(hub);
    return hub;
  }

  private static HubClient client(ConfigurableApplicationContext hub) {
    return new HubClient(Integer.parseInt(hub.getEnvironment().getProperty("local.server.port")));
  }

  private static World sameWorldOn(World world, ConfigurableApplicationContext hub) {
    return world.on(client(hub));
  }

  private static String csv() throws Exception {
    return Files.readString(Path.of("sample-files", "capital-call.csv"));
  }
}
