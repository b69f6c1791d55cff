package org.frontdoor.platform.database;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile on the embedded database or with demo data, before
 * anything else starts: a production node must never quietly create a local database or seed
 * well-known demo passwords.
 */
public class ProductionGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        var url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The prod profile needs an external PostgreSQL: set "
                    + "FRONTDOOR_DATABASE_URL (and FRONTDOOR_DATABASE_USER, FRONTDOOR_DATABASE_PASSWORD). "
                    + "The embedded database is for development only.");
        }
        if (environment.getProperty("frontdoor.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("The prod profile refuses demo data: set FRONTDOOR_DEMO_ENABLED=false.");
        }
    }
}
