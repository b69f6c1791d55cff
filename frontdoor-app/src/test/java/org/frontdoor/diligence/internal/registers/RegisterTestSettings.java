package org.frontdoor.diligence.internal.registers;

import java.time.Duration;
import org.frontdoor.support.CompaniesHouseStub;

/** Settings for tests: short timeouts and backoff, a small breaker, the stub's key. */
final class RegisterTestSettings {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    static final Duration OPEN_FOR = Duration.ofMillis(500);
    static final String BULK = "src/test/resources/diligence/companies_house/bulk";

    private RegisterTestSettings() {
    }

    static CompanyRegisterSettings companies(String baseUrl, CompanyRegisterSettings.Mode mode, String offline) {
        return companies(baseUrl, mode, offline, CompaniesHouseStub.API_KEY);
    }

    static CompanyRegisterSettings companies(String baseUrl, CompanyRegisterSettings.Mode mode, String offline, String key) {
        return new CompanyRegisterSettings(mode, baseUrl, key, Duration.ofMillis(500), READ_TIMEOUT,
                new CompanyRegisterSettings.Retry(3, Duration.ofMillis(20), 2.0),
                new CompanyRegisterSettings.Breaker(50, 4, 4, OPEN_FOR, 1),
                new CompanyRegisterSettings.RateLimit(1000, Duration.ofSeconds(1), Duration.ofSeconds(1)), offline);
    }
}
