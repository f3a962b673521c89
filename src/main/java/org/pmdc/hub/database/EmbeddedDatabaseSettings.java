package org.pmdc.hub.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no database URL is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs so a restart keeps the data
 * @param port fixed so {@code psql} can reach a running hub; 0 picks a free port (tests)
 * @param clean wipe the data directory at start (tests only)
 */
@ConfigurationProperties("pmdc.embedded-db")
public record EmbeddedDatabaseSettings(
    @DefaultValue("data/pg") Path dataDirectory,
    @DefaultValue("54329") int port,
    @DefaultValue("false") boolean clean) {}
