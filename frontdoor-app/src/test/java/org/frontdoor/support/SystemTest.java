package org.frontdoor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, against the shared real services of
 * {@link TestEnvironment}. Every test class with this annotation shares one application context.
 * Tagged {@code database}: CI runs these again against an external PostgreSQL when it has one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
public @interface SystemTest {
}
