package org.pmdc.hub.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmdc.hub.support.HubClient;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With PMDC_DB_URL set, the hub uses that server and starts no embedded one. The "external"
 * server here is a separate PostgreSQL started by the test.
 */
class ExternalDatabaseIT {

  @RegisterExtension static final StandalonePostgres server = new StandalonePostgres();

  @Test
  void theHubMigratesAndUsesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
    try (ConfigurableApplicationContext hub = server.startHub("target/external-db-inbox")) {

      assertThat(hub.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
      HubClient client = StandalonePostgres.client(hub);
      assertThat(client.post("/api/v1/publishers", "application/json",
          "{\"code\":\"external-gp\",\"name\":\"External GP\"}").status()).isEqualTo(201);
    }

    try (Connection connection = server.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM publisher WHERE code = 'external-gp'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("name")).isEqualTo("External GP");
    }
  }
}
