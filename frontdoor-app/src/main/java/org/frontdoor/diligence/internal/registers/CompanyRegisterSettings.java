package org.frontdoor.diligence.internal.registers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the company-register check looks and how patiently ({@code frontdoor.diligence.companies}).
 *
 * @param mode            {@code api}, {@code offline} (the bulk file only) or {@code both} (API first, the file
 *                        when the API does not answer)
 * @param baseUrl         the Companies House public API
 * @param apiKey          the REST API key (from the environment, {@code COMPANIES_HOUSE_API_KEY}); sent as the
 *                        HTTP Basic user name, never logged
 * @param connectTimeout  how long to wait for a connection
 * @param readTimeout     how long to wait for an answer to one request
 * @param retry           retries of one request after 429, 5xx or an I/O error
 * @param breaker         the circuit breaker around the API
 * @param rateLimit       our own limit, below Companies House's 600 requests per 5 minutes per key
 * @param offline         the BasicCompanyData file or folder for offline mode
 */
@ConfigurationProperties("frontdoor.diligence.companies")
record CompanyRegisterSettings(Mode mode, String baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
                               Retry retry, Breaker breaker, RateLimit rateLimit, String offline) {

    static final String PUBLIC_API = "https://api.company-information.service.gov.uk";

    CompanyRegisterSettings {
        mode = mode == null ? Mode.API : mode;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? PUBLIC_API : baseUrl.trim().replaceAll("/+$", "");
        apiKey = apiKey == null ? "" : apiKey.trim();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        retry = retry == null ? new Retry(3, Duration.ofMillis(500), 2.0) : retry;
        breaker = breaker == null ? new Breaker(50, 10, 5, Duration.ofSeconds(30), 2) : breaker;
        rateLimit = rateLimit == null ? new RateLimit(10, Duration.ofSeconds(5), Duration.ofSeconds(30)) : rateLimit;
        offline = offline == null ? "" : offline.trim();
    }

    /** Never shows the key: settings end up in logs and failure messages. */
    @Override
    public String toString() {
        return "CompanyRegisterSettings[mode=%s, baseUrl=%s, apiKey=%s, connectTimeout=%s, readTimeout=%s, retry=%s, breaker=%s, rateLimit=%s, offline=%s]"
                .formatted(mode, baseUrl, apiKey.isEmpty() ? "(none)" : "(set)", connectTimeout, readTimeout, retry, breaker,
                        rateLimit, offline);
    }

    boolean usesApi() {
        return mode != Mode.OFFLINE;
    }

    boolean usesFile() {
        return mode != Mode.API;
    }

    // In the nested settings a number left out binds as 0: it stands for the default.

    /** Which sources the check asks. */
    enum Mode { API, OFFLINE, BOTH }

    /**
     * @param maxAttempts    attempts of one request in all, the first included
     * @param initialBackoff wait before the first retry
     * @param multiplier     each further wait is this many times the one before
     */
    record Retry(int maxAttempts, Duration initialBackoff, double multiplier) {
        Retry {
            maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
            multiplier = multiplier <= 0 ? 2.0 : Math.max(1.0, multiplier);
        }
    }

    /**
     * @param failureRatePercent   open when this share of the recent requests failed
     * @param window               how many recent requests are counted
     * @param minimumCalls         no verdict before this many requests
     * @param openFor              how long the breaker stays open before letting trial requests through
     * @param trialCalls           trial requests in the half-open state
     */
    record Breaker(int failureRatePercent, int window, int minimumCalls, Duration openFor, int trialCalls) {
        Breaker {
            failureRatePercent = failureRatePercent <= 0 || failureRatePercent > 100 ? 50 : failureRatePercent;
            window = window <= 0 ? 10 : window;
            minimumCalls = minimumCalls <= 0 ? 5 : minimumCalls;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
            trialCalls = trialCalls <= 0 ? 2 : trialCalls;
        }
    }

    /**
     * Requests allowed per period on this node. The default, 10 every 5 seconds, is Companies
     * House's 600 per 5 minutes spread evenly; with several nodes sharing one key, divide it.
     *
     * @param requests how many requests per period
     * @param period   the period
     * @param maxWait  how long a check waits for its turn before it refers instead
     */
    record RateLimit(int requests, Duration period, Duration maxWait) {
        RateLimit {
            requests = requests <= 0 ? 10 : requests;
            period = period == null ? Duration.ofSeconds(5) : period;
            maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
        }
    }
}
