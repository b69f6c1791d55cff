package org.frontdoor.documents.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where document contents are kept as files; empty (the default) keeps them in the database
 */
@ConfigurationProperties("frontdoor.documents")
record DocumentsSettings(Path directory) {
}
