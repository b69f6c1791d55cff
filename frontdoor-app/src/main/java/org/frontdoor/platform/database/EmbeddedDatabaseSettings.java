package org.frontdoor.platform.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster keeps its files; it survives restarts, delete it to reset
 * @param port          the local port it listens on (loopback only)
 * @param server        PostgreSQL server settings passed at start ({@code shared_buffers: 256MB}), for
 *                      tuning and for benchmarks that load {@code pg_stat_statements}
 */
@ConfigurationProperties("frontdoor.database.embedded")
public record EmbeddedDatabaseSettings(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("54329") int port,
        Map<String, String> server) {

    public EmbeddedDatabaseSettings {
        server = server == null ? Map.of() : Map.copyOf(server);
    }
}
