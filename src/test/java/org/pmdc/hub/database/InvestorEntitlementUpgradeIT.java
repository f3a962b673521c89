package org.pmdc.hub.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmdc.hub.support.HubClient;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The upgrade to per-investor entitlement on a database the previous build filled (schema V11):
 * no existing subscription keeps seeing every investor's lines — not in the pull API, not in a
 * pending delivery, not in a replay — until an admin says whom it represents; the hub says so at
 * start-up and in its health.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvestorEntitlementUpgradeIT {

  @RegisterExtension static final StandalonePostgres server = new StandalonePostgres();

  @Test
  void subscriptionsFromBeforeSeeNoInvestorsLinesUntilAnAdminSetsThem(CapturedOutput output) {
    // The schema as the previous build left it (its repeatable migrations are today's, left out).
    Flyway.configure().dataSource(server.dataSource()).locations("classpath:db/migration").target("11")
        .repeatableSqlMigrationPrefix("not-yet-").load().migrate();
    new ResourceDatabasePopulator(new ClassPathResource("upgrade/before-investor-entitlement.sql"))
        .execute(server.dataSource());
    JdbcTemplate db = new JdbcTemplate(server.dataSource());
    long subscription = db.queryForObject("SELECT id FROM subscription", Long.class);

    try (ConfigurableApplicationContext context = server.startHub("target/upgrade-inbox")) {
      HubClient hub = StandalonePostgres.client(context);

      assertThat(db.queryForMap("SELECT investor_scope FROM subscription")).containsEntry("investor_scope", "unset");
      // Each delivery: its record, status (not the fund record's: it is being tried against nobody), the lines
      // it carries (a count, or all) and whether it was withheld.
      assertThat(db.queryForList("SELECT concat_ws(' ', n.notice_reference,"
          + " CASE WHEN n.record_type = 'capital_call' THEN d.status END,"
          + " COALESCE(cardinality(d.investor_codes)::text, 'all'),"
          + " CASE WHEN d.last_error LIKE 'withheld by the upgrade%' THEN 'withheld' END)"
          + " FROM delivery d JOIN notice n ON n.id = d.notice_id ORDER BY n.id", String.class))
          .containsExactly("CC-1 delivered 0", "CC-2 dead 0 withheld", "2026-09-30 all");
      assertThat(hub.get("/api/v1/subscriptions").body().get(0).get("investors").isNull()).isTrue();
      JsonNode health = await().atMost(Duration.ofSeconds(20)).until(() -> hub.anonymous().get("/actuator/health").body(),
          h -> h.at("/components/subscriptionsWithoutInvestors/details/withoutInvestors").size() == 1);
      assertThat(health.at("/components/subscriptionsWithoutInvestors/details/withoutInvestors/0").asLong()).isEqualTo(subscription);
      assertThat(health.at("/components/subscriptionsWithoutInvestors/status").asText()).isEqualTo("UP");
      assertThat(output.getAll()).contains("1 subscription(s) do not name the investors they represent");

      HubClient.Response approved = hub.post("/api/v1/subscribers/old-lp/approve", "application/json", "");
      HubClient lp = hub.as(approved.body().get("clientId").asText(), approved.body().get("clientSecret").asText());
      assertThat(lp.get("/api/v1/lp/capital-calls").body().get("items")).isEmpty();
      assertThat(lp.get("/api/v1/lp/schedules-of-investments").body().get("items")).hasSize(1);

      assertThat(hub.put("/api/v1/subscriptions/" + subscription + "/investors", "{\"investors\": [\"LP-0001\"]}")
          .status()).isEqualTo(200);
      assertThat(lp.get("/api/v1/lp/capital-calls").body().get("items"))
          .extracting(item -> item.get("lineCount").asInt()).containsExactly(1, 1);
      await().atMost(Duration.ofSeconds(20)).until(() -> hub.anonymous().get("/actuator/health").body()
          .at("/components/subscriptionsWithoutInvestors/details/withoutInvestors").isEmpty());
    }
  }
}
