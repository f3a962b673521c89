package org.pmdc.hub.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL started when no database URL is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs so a restart keeps the data
 * @param port fixed so {@code psql} can reach a running hub; 0 picks a free port (tests)
 * @param clean wipe the data directory at start (tests only)
 * @param statementStatistics load {@code pg_stat_statements} (every statement, with planning), for
 *     profiling: {@code bench/fanout} reads it per notice
 */
@Validated
@ConfigurationProperties("pmdc.embedded-db")
public record EmbeddedDatabaseSettings(
    @DefaultValue("data/pg") @NotNull Path dataDirectory,
    @DefaultValue("54329") @Min(0) @Max(65535) int port,
    @DefaultValue("false") boolean clean,
    @DefaultValue("false") boolean statementStatistics) {}
