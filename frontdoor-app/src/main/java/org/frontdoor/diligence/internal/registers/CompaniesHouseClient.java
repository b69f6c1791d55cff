package org.frontdoor.diligence.internal.registers;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.MaxRetriesExceededException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Asks the Companies House public REST API about one company: its profile, its officers and, for
 * an officer whose links name one, the disqualified-officer record. Plain Java over the JDK's HTTP
 * client, so it runs and is tested without Spring.
 *
 * <p>Every request goes through, from the outside in: a circuit breaker (a register that keeps
 * failing is left alone for a while, so checks refer at once instead of each waiting for
 * timeouts), retries with exponential backoff (only after 429, a 5xx or an I/O error, timeouts
 * included; a 404 or 401 is an answer, not a failure) and a rate limiter (Companies House allows
 * 600 requests per 5 minutes per key). It never throws: whatever goes wrong becomes
 * {@link CompanyLookup.Unavailable} with the reason in words.
 *
 * <p>The API key travels only in the Authorization header; it is never logged nor put in a reason.
 */
final class CompaniesHouseClient {

    private static final Logger log = LoggerFactory.getLogger(CompaniesHouseClient.class);

    private final CompanyRegisterSettings settings;
    private final HttpClient http;
    private final String authorization;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final RateLimiter limiter;
    private final String source;

    CompaniesHouseClient(CompanyRegisterSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.authorization = settings.apiKey().isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString((settings.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        this.source = "Companies House API (" + settings.baseUrl() + ")";
        var b = settings.breaker();
        this.breaker = CircuitBreaker.of("companies-house", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.window())
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold(b.failureRatePercent())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(b.trialCalls())
                // Our own rate limit saying "wait" says nothing about Companies House's health.
                .ignoreExceptions(RequestNotPermitted.class)
                .build());
        var r = settings.retry();
        this.retry = Retry.of("companies-house", RetryConfig.<HttpResponse<String>>custom()
                .maxAttempts(r.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(r.initialBackoff(), r.multiplier()))
                .retryOnResult(response -> isTransient(response.statusCode()))
                .retryExceptions(UncheckedIOException.class)
                .failAfterMaxAttempts(true)
                .build());
        var limit = settings.rateLimit();
        this.limiter = RateLimiter.of("companies-house", RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(limit.maxWait())
                .build());
    }

    /** The breaker, so tests and health reports can see its state. */
    CircuitBreaker breaker() {
        return breaker;
    }

    String source() {
        return source;
    }

    boolean configured() {
        return authorization != null;
    }

    /** Asks about one company; never throws. */
    CompanyLookup find(CompanyNumber number) {
        if (!configured()) {
            return new CompanyLookup.Unavailable("no Companies House API key is configured (COMPANIES_HOUSE_API_KEY)", source);
        }
        try {
            HttpResponse<String> profile = get("/company/" + number.value());
            if (profile.statusCode() == 404) {
                return new CompanyLookup.NotFound(number, source);
            }
            if (profile.statusCode() != 200) {
                return new CompanyLookup.Unavailable(refusal(profile.statusCode()), source);
            }
            CompanyRecord company = CompaniesHouseJson.profile(profile.body(), source);
            return new CompanyLookup.Found(withOfficers(company, number));
        } catch (RuntimeException e) {
            return new CompanyLookup.Unavailable(didNotAnswer(e), source);
        }
    }

    private CompanyRecord withOfficers(CompanyRecord company, CompanyNumber number) {
        try {
            HttpResponse<String> response = get("/company/" + number.value() + "/officers?items_per_page=100");
            if (response.statusCode() == 404) {
                // The register answers 404 for a company that has no officers on file.
                return company.withOfficers(List.of(), null);
            }
            if (response.statusCode() != 200) {
                return company.withOfficers(null, refusal(response.statusCode()));
            }
            var officers = new ArrayList<CompanyRecord.Officer>();
            for (CompanyRecord.Officer officer : CompaniesHouseJson.officers(response.body())) {
                officers.add(officer.disqualificationLink() == null ? officer : withDisqualifications(officer));
            }
            return company.withOfficers(officers, null);
        } catch (RuntimeException e) {
            return company.withOfficers(null, didNotAnswer(e));
        }
    }

    private CompanyRecord.Officer withDisqualifications(CompanyRecord.Officer officer) {
        try {
            HttpResponse<String> response = get(officer.disqualificationLink());
            if (response.statusCode() != 200) {
                return officer.withDisqualifications(List.of(), "the disqualification record " + officer.disqualificationLink()
                        + " could not be read: " + refusal(response.statusCode()));
            }
            return officer.withDisqualifications(CompaniesHouseJson.disqualifications(response.body()), null);
        } catch (RuntimeException e) {
            return officer.withDisqualifications(List.of(), "the disqualification record " + officer.disqualificationLink()
                    + " could not be read: " + didNotAnswer(e));
        }
    }

    /** One GET through breaker, retry and rate limiter; {@code path} is built only from checked parts. */
    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.readTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET().build();
        Supplier<HttpResponse<String>> send = () -> send(request, path);
        Supplier<HttpResponse<String>> limited = RateLimiter.decorateSupplier(limiter, send);
        return CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, limited)).get();
    }

    private HttpResponse<String> send(HttpRequest request, String path) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (isTransient(response.statusCode())) {
                log.info("Companies House answered {} for {}", response.statusCode(), path);
            }
            return response;
        } catch (IOException e) {
            log.info("Companies House did not answer for {}: {}", path, e.toString());
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Companies House", e);
        }
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    private static String refusal(int status) {
        return switch (status) {
            case 401, 403 -> "Companies House refused the API key (HTTP " + status + ")";
            case 429 -> "Companies House's rate limit was reached (HTTP 429)";
            default -> "Companies House answered HTTP " + status;
        };
    }

    private String didNotAnswer(RuntimeException e) {
        String why;
        if (e instanceof CallNotPermittedException) {
            why = "it failed repeatedly, so it is not asked again for " + settings.breaker().openFor().toSeconds()
                    + " s (circuit breaker open)";
        } else if (e instanceof RequestNotPermitted) {
            why = "this node's own limit of " + settings.rateLimit().requests() + " requests per "
                    + settings.rateLimit().period().toSeconds() + " s was reached";
        } else if (e instanceof MaxRetriesExceededException) {
            why = "it answered with an error " + settings.retry().maxAttempts() + " times (HTTP 429 or 5xx)";
        } else if (e instanceof UncheckedIOException io && io.getCause() instanceof HttpTimeoutException) {
            why = "no answer within " + settings.readTimeout().toMillis() + " ms, " + settings.retry().maxAttempts() + " times";
        } else if (e instanceof UncheckedIOException io) {
            why = "the connection failed " + settings.retry().maxAttempts() + " times (" + io.getCause().getClass().getSimpleName() + ")";
        } else if (e instanceof JacksonException) {
            why = "its answer was not JSON this check can read";
        } else {
            why = e.getClass().getSimpleName();
        }
        return "Companies House did not answer: " + why;
    }
}
