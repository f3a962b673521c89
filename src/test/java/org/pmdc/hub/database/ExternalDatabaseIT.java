package org.pmdc.hub.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.HubApplication;
import org.pmdc.hub.support.HubClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With PMDC_DB_URL set, the hub uses that server and starts no embedded one. The "external"
 * server here is a separate PostgreSQL started by the test.
 */
class ExternalDatabaseIT {

  private static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().setPort(0).start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void theHubMigratesAndUsesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
    String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    // Command-line arguments resolve ${PMDC_DB_URL} exactly as environment variables do.
    try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class)
        .profiles("test")
        .run("--server.port=0", "--PMDC_DB_URL=" + url, "--PMDC_DB_USER=postgres",
            "--pmdc.folder.root=target/external-db-inbox")) {

      assertThat(hub.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
      HubClient client = new HubClient(Integer.parseInt(hub.getEnvironment().getProperty("local.server.port")));
      assertThat(client.post("/api/v1/publishers", "application/json",
          "{\"code\":\"external-gp\",\"name\":\"External GP\"}").status()).isEqualTo(201);
    }

    try (Connection connection = server.getPostgresDatabase().getConnection();
        ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM publisher WHERE code = 'external-gp'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("name")).isEqualTo("External GP");
    }
  }
}
