package org.frontdoor.support;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application started in the tests at the shared {@link TestEnvironment}, unless the
 * test asks to bring its own database ({@code frontdoor.test.own-database=true}), as the test of
 * the embedded database does. Registered in META-INF/spring.factories of the test classpath.
 */
public class TestEnvironmentInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("frontdoor.test.own-database", Boolean.class, false)) {
            return;
        }
        var shared = TestEnvironment.get();
        environment.getPropertySources().addFirst(new MapPropertySource("frontdoor-test-environment", shared.properties()));
        shared.lease();
        // Registered first, so destroyed last: after the context's connection pool has closed.
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("frontdoorTestEnvironmentLease", shared::release);
    }
}
