package org.frontdoor.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL from binaries shipped in a Maven artifact when no database URL is
 * configured, so the platform runs on a fresh machine with nothing installed. Its data directory
 * persists between runs. The production profile refuses this path (see {@link ProductionGuard}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) {
        try {
            Files.createDirectories(settings.dataDirectory());
            var started = System.nanoTime();
            var builder = EmbeddedPostgres.builder();
            settings.server().forEach(builder::setServerConfig);
            var postgres = builder
                    .setDataDirectory(settings.dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    // Stopped by Spring when this bean is destroyed, after the connection pool that
                    // depends on it; a JVM hook of its own would race the application's shutdown.
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {} (started in {} ms)",
                    settings.port(), settings.dataDirectory().toAbsolutePath(),
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in "
                    + settings.dataDirectory().toAbsolutePath()
                    + ". If another Frontdoor is running, stop it; if the folder is damaged, delete it to reset.", e);
        }
    }

    /** Depends on the server bean, so the pool closes before the server stops. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setPoolName("frontdoor-embedded");
        return dataSource;
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
