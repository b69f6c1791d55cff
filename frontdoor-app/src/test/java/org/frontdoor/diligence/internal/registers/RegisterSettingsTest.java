package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RegisterSettingsTest {

    @Test
    void bindsTheCommentedSettingsAndNeverShowsTheKey() {
        var source = new MapConfigurationPropertySource(Map.of(
                "frontdoor.diligence.companies.mode", "both",
                "frontdoor.diligence.companies.api-key", "secret-key-123",
                "frontdoor.diligence.companies.base-url", "http://127.0.0.1:9/",
                "frontdoor.diligence.companies.read-timeout", "2s",
                "frontdoor.diligence.companies.breaker.open-for", "1m",
                "frontdoor.diligence.companies.rate-limit.requests", "5"));
        var settings = new Binder(source).bind("frontdoor.diligence.companies", CompanyRegisterSettings.class).get();
        assertThat(settings.mode()).isEqualTo(CompanyRegisterSettings.Mode.BOTH);
        assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.breaker().openFor()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.breaker().window()).isEqualTo(10);
        assertThat(settings.rateLimit().requests()).isEqualTo(5);
        assertThat(settings.retry().maxAttempts()).isEqualTo(3);
        assertThat(settings.toString()).doesNotContain("secret-key-123").contains("apiKey=(set)");
    }

    @Test
    void defaultsToThePublicApi() {
        var settings = new CompanyRegisterSettings(null, null, null, null, null, null, null, null, null);
        assertThat(settings.baseUrl()).isEqualTo("https://api.company-information.service.gov.uk");
        assertThat(settings.usesApi()).isTrue();
        assertThat(settings.usesFile()).isFalse();
    }
}
