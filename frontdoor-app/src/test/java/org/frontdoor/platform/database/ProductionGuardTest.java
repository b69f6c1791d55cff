package org.frontdoor.platform.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionGuardTest {

    private final ProductionGuard guard = new ProductionGuard();

    @Test
    void refusesProductionOnTheEmbeddedDatabase() {
        var environment = environment("prod", Map.of("frontdoor.demo.enabled", "false"));
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("needs an external PostgreSQL").hasMessageContaining("FRONTDOOR_DATABASE_URL");
    }

    @Test
    void refusesProductionWithDemoData() {
        var environment = environment("prod", Map.of("spring.datasource.url", "jdbc:postgresql://db/frontdoor",
                "frontdoor.demo.enabled", "true"));
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("refuses demo data");
    }

    @Test
    void startsProductionOnAnExternalDatabaseWithoutDemoData() {
        var environment = environment("prod", Map.of("spring.datasource.url", "jdbc:postgresql://db/frontdoor",
                "frontdoor.demo.enabled", "false"));
        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void leavesDevelopmentAlone() {
        var environment = environment(null, Map.of("frontdoor.demo.enabled", "true"));
        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(String profile, Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        if (profile != null) {
            environment.setActiveProfiles(profile);
        }
        return environment;
    }
}
