package org.frontdoor.documents.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsSettings.class)
class DocumentsConfiguration {

    @Bean
    DocumentContents documentContents(DocumentsSettings settings, JdbcClient jdbc) {
        return settings.directory() == null || settings.directory().toString().isBlank()
                ? new DatabaseContents(jdbc) : new DirectoryContents(settings.directory());
    }
}
