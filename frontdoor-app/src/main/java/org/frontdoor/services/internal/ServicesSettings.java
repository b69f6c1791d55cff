package org.frontdoor.services.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory an optional folder of extra service definition files (*.yaml), read after the
 *                  built-in ones; a file there with the same id and a higher version supersedes it
 */
@ConfigurationProperties("frontdoor.services")
record ServicesSettings(Path directory) {
}
