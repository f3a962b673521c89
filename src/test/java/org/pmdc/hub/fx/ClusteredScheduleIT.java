package org.pmdc.hub.fx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pmdc.hub.HubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two hubs on one database share one Quartz schedule, as a scaled-out deployment does: each fire
 * of the FX fetch (every 2 s here, against WireMock playing a Frankfurter-compatible API) runs on
 * one hub only, and a fire due while every hub was down runs when one is back.
 */
class ClusteredScheduleIT {

  @RegisterExtension
  static final WireMockExtension frankfurter = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The hubs' shared scheduler, named apart from any other hub running in this JVM. */
  private static final String CLUSTER = "pmdc-hub-cluster-test";

  private static EmbeddedPostgres database;
  private static JdbcTemplate jdbc;

  @TempDir static Path folders;

  @BeforeAll
  static void startDatabase() throws Exception {
    database = EmbeddedPostgres.builder().setPort(0).start();
    jdbc = new JdbcTemplate(new DriverManagerDataSource(
        "jdbc:postgresql://localhost:" + database.getPort() + "/postgres", "postgres", ""));
  }

  @AfterAll
  static void stop() throws Exception {
    database.close();
  }

  @Test
  void eachFireRunsOnOneHubAndAMissedOneRunsWhenAHubIsBack() {
    String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    frankfurter.stubFor(get(urlPathMatching("/fx/.*")).willReturn(aResponse().withStatus(200).withBody(
        "{\"amount\": 1.0, \"base\": \"EUR\", \"start_date\": \"" + day + "\", \"end_date\": \"" + day + "\","
            + " \"rates\": {\"" + day + "\": {\"USD\": 1.0412, \"CAD\": 1.4561}}}")));
    ConfigurableApplicationContext first = start("a");
    ConfigurableApplicationContext second = start("b");
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> fires() >= 6);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = ?", Long.class, CLUSTER))
          .as("hubs checked in to the shared scheduler").isEqualTo(2);
      assertThat(jdbc.queryForList("SELECT scheduled_for FROM fx_fetch WHERE scheduled_for IS NOT NULL"
          + " GROUP BY scheduled_for HAVING count(*) > 1", Timestamp.class))
          .as("fires that ran on both hubs").isEmpty();
      assertThat(jdbc.queryForObject("SELECT count(*) FROM fx_fetch WHERE outcome <> 'succeeded'", Long.class)).isZero();
      assertThat(frankfurter.getAllServeEvents()).hasSizeGreaterThanOrEqualTo(6);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM fx_rate WHERE rate_date = CAST(? AS date)", Long.class, day))
          .as("the same rates fetched again add nothing").isEqualTo(2);
    } finally {
      // A hub left running would keep polling a database that is about to close, beside later tests.
      first.close();
      second.close();
    }

    Instant down = Instant.now();
    await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
    try (ConfigurableApplicationContext back = start("c")) {
      await().atMost(Duration.ofSeconds(60)).until(() -> !firesScheduledBetween(down, down.plusSeconds(5)).isEmpty());
    }
  }

  private static long fires() {
    return jdbc.queryForObject("SELECT count(*) FROM fx_fetch WHERE scheduled_for IS NOT NULL", Long.class);
  }

  private static List<Timestamp> firesScheduledBetween(Instant from, Instant to) {
    return jdbc.queryForList("SELECT scheduled_for FROM fx_fetch WHERE scheduled_for BETWEEN ? AND ?",
        Timestamp.class, Timestamp.from(from), Timestamp.from(to));
  }

  /** A hub on the shared database fetching from WireMock every 2 seconds. */
  private static ConfigurableApplicationContext start(String name) {
    return new SpringApplicationBuilder(HubApplication.class).profiles("test").run(
        "--server.port=0",
        "--PMDC_DB_URL=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
        "--PMDC_DB_USER=postgres",
        "--pmdc.folder.root=" + folders.resolve(name),
        "--pmdc.fx.source=frankfurter",
        "--pmdc.fx.frankfurter-base-url=" + frankfurter.baseUrl() + "/fx",
        "--pmdc.fx.cron=0/2 * * * * ?",
        "--pmdc.fx.time-zone=UTC",
        "--PMDC_SCHEDULER_NAME=" + CLUSTER);
  }
}
