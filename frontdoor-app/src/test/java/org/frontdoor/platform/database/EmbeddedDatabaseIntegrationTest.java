package org.frontdoor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.support.TestEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no database configured the app starts its own PostgreSQL, whose data survives a restart. */
@Tag("embedded")
class EmbeddedDatabaseIntegrationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataInItsDirectoryAcrossRestarts() {
        int port = TestEnvironment.freePort();
        try (var first = start(port)) {
            jdbc(first).sql("insert into teams (id, name) values (gen_random_uuid(), 'Survives restarts')").update();
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
        try (var second = start(port)) {
            assertThat(jdbc(second).sql("select count(*) from teams where name = 'Survives restarts'").query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(jdbc(second).sql("select count(*) from accounts where email = 'admin@frontdoor.example'").query(Integer.class).single())
                    .as("demo data seeded once, not duplicated").isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start(int databasePort) {
        return new SpringApplicationBuilder(FrontdoorApplication.class).run(
                "--frontdoor.test.own-database=true",
                "--frontdoor.database.embedded.data-directory=" + dataDirectory,
                "--frontdoor.database.embedded.port=" + databasePort,
                "--server.port=0",
                "--frontdoor.audit.seal-interval=1h");
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }
}
