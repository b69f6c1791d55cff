package org.frontdoor.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster keeps its files; it survives restarts, delete it to reset
 * @param port          the local port it listens on (loopback only)
 */
@ConfigurationProperties("frontdoor.database.embedded")
public record EmbeddedDatabaseSettings(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("54329") int port) {
}
