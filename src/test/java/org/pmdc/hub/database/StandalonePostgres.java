package org.pmdc.hub.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pmdc.hub.HubApplication;
import org.pmdc.hub.support.HubClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A PostgreSQL server of the test's own, started for its class ({@code @RegisterExtension}), and
 * hubs started on it as a deployment points one at its database: with {@code PMDC_DB_URL}.
 */
final class StandalonePostgres implements BeforeAllCallback, AfterAllCallback {

  private EmbeddedPostgres server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = EmbeddedPostgres.builder().setPort(0).start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server.close();
  }

  DataSource dataSource() {
    return server.getPostgresDatabase();
  }

  /** A hub on this server, with its own drop folder; close it when done. */
  ConfigurableApplicationContext startHub(String folderRoot) {
    // Command-line arguments resolve ${PMDC_DB_URL} exactly as environment variables do.
    return new SpringApplicationBuilder(HubApplication.class)
        .profiles("test")
        .run("--server.port=0", "--PMDC_DB_URL=jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
            "--PMDC_DB_USER=postgres", "--pmdc.folder.root=" + folderRoot);
  }

  /** The administrator's client of a hub started here. */
  static HubClient client(ConfigurableApplicationContext hub) {
    return new HubClient(Integer.parseInt(hub.getEnvironment().getProperty("local.server.port")));
  }
}
