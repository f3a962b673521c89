package org.pmdc.hub.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when {@code PMDC_DB_URL} is not set, so the hub runs on a fresh
 * machine with only a JDK. With a URL configured this class does nothing and Spring Boot builds
 * the usual pooled DataSource for that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${pmdc.db.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
    Files.createDirectories(settings.dataDirectory());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(settings.dataDirectory())
            .setCleanDataDirectory(settings.clean())
            .setPort(settings.port())
            // The library's defaults (-F, synchronous_commit=off) suit throw-away test databases:
            // a crash would lose acknowledged commits. The hub acknowledges only what is durable.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on");
    if (settings.statementStatistics()) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
          .setServerConfig("pg_stat_statements.track", "all")
          .setServerConfig("pg_stat_statements.track_planning", "on");
    }
    EmbeddedPostgres postgres = builder.start();
    log.info(
        "Embedded PostgreSQL on port {} with data in {}",
        postgres.getPort(),
        settings.dataDirectory().toAbsolutePath());
    return postgres;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      EmbeddedPostgres postgres, @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize) {
    HikariConfig config = new HikariConfig();
    // reWriteBatchedInserts turns JDBC batches into multi-row INSERTs: several times faster.
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    config.setUsername("postgres");
    config.setPoolName("pmdc-embedded");
    config.setMaximumPoolSize(poolSize);
    return new HikariDataSource(config);
  }
}
