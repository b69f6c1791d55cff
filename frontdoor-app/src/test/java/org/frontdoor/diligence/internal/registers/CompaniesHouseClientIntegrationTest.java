package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.support.CompaniesHouseStub.ACTIVE;
import static org.frontdoor.support.CompaniesHouseStub.DISQUALIFIED_DIRECTOR;
import static org.frontdoor.support.CompaniesHouseStub.FLAKY;
import static org.frontdoor.support.CompaniesHouseStub.RATE_LIMITED;
import static org.frontdoor.support.CompaniesHouseStub.SLOW;
import static org.frontdoor.support.CompaniesHouseStub.UNKNOWN;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.frontdoor.diligence.internal.registers.CompanyRegisterSettings.Mode;
import org.frontdoor.support.CompaniesHouseStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Companies House client over real HTTP against the stub on loopback: what it sends, how it
 * retries, times out, opens its circuit breaker and recovers. No Spring.
 */
class CompaniesHouseClientIntegrationTest {

    static CompaniesHouseStub stub;
    CompaniesHouseClient client;

    @BeforeAll
    static void startStub() {
        // Slow answers come well after the 1 s read timeout (short timeouts are flaky on a loaded machine).
        stub = CompaniesHouseStub.start(2_500);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void freshClient() {
        stub.comeBack();
        stub.resetScenarios();
        client = new CompaniesHouseClient(RegisterTestSettings.companies(stub.baseUrl(), Mode.API, ""));
    }

    @Test
    void findsAnActiveCompanyWithItsOfficersSendingTheKeyAsBasicUserName() {
        var found = (CompanyLookup.Found) client.find(number(ACTIVE));
        assertThat(found.company().status()).isEqualTo("active");
        assertThat(found.company().officers()).hasSize(3);
        assertThat(found.company().officers().getFirst().name()).isEqualTo("HALLORAN, Margaret Anne");
    }

    @Test
    void followsADisqualifiedOfficerLink() {
        var found = (CompanyLookup.Found) client.find(number(DISQUALIFIED_DIRECTOR));
        var officer = found.company().officers().get(1);
        assertThat(officer.disqualifications()).singleElement()
                .satisfies(d -> assertThat(d.until()).hasToString("2031-01-31"));
        assertThat(stub.requestsTo("/disqualified-officers/natural/" + CompaniesHouseStub.DISQUALIFIED_OFFICER_ID)).isEqualTo(1);
    }

    @Test
    void aWrongKeyIsAnAnswerNotAFailureSoItIsNotRetried() {
        var wrongKey = new CompaniesHouseClient(RegisterTestSettings.companies(stub.baseUrl(), Mode.API, "", "not-the-key"));
        var lookup = (CompanyLookup.Unavailable) wrongKey.find(number(ACTIVE));
        assertThat(lookup.reason()).isEqualTo("Companies House refused the API key (HTTP 401)").doesNotContain("not-the-key");
        assertThat(stub.requestsTo("/company/" + ACTIVE)).isEqualTo(1);
    }

    @Test
    void anUnknownNumberIsNotFoundAtOnce() {
        assertThat(client.find(number(UNKNOWN))).isInstanceOf(CompanyLookup.NotFound.class);
        assertThat(stub.requestsTo("/company/" + UNKNOWN)).isEqualTo(1);
    }

    @Test
    void retriesServerErrorsWithBackoffUntilTheRegisterAnswers() {
        var found = (CompanyLookup.Found) client.find(number(FLAKY));
        assertThat(found.company().number()).isEqualTo(FLAKY);
        assertThat(stub.requestsTo("/company/" + FLAKY)).isEqualTo(3);
    }

    @Test
    void givesUpOnA429AfterTheConfiguredAttempts() {
        var lookup = (CompanyLookup.Unavailable) client.find(number(RATE_LIMITED));
        assertThat(lookup.reason()).isEqualTo("Companies House did not answer: it answered with an error 3 times (HTTP 429 or 5xx)");
        assertThat(stub.requestsTo("/company/" + RATE_LIMITED)).isEqualTo(3);
    }

    @Test
    void timesOutASlowAnswerAndRetriesIt() {
        var lookup = (CompanyLookup.Unavailable) client.find(number(SLOW));
        assertThat(lookup.reason()).isEqualTo("Companies House did not answer: no answer within 1000 ms, 3 times");
        assertThat(stub.requestsTo("/company/" + SLOW)).isEqualTo(3);
    }

    @Test
    void opensTheBreakerWhenTheRegisterIsDownThenRecoversThroughHalfOpen() throws InterruptedException {
        stub.goDown();
        for (int i = 0; i < 4; i++) {
            assertThat(client.find(number(ACTIVE))).isInstanceOf(CompanyLookup.Unavailable.class);
        }
        assertThat(client.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = stub.requests();
        var refused = (CompanyLookup.Unavailable) client.find(number(ACTIVE));
        assertThat(refused.reason()).contains("circuit breaker open");
        assertThat(stub.requests()).as("no request while open").isEqualTo(before);

        stub.comeBack();
        Thread.sleep(RegisterTestSettings.OPEN_FOR.plus(Duration.ofMillis(200)));
        var found = client.find(number(ACTIVE));
        assertThat(found).isInstanceOf(CompanyLookup.Found.class);
        assertThat(client.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void withoutAKeyItNeverCalls() {
        var noKey = new CompaniesHouseClient(RegisterTestSettings.companies(stub.baseUrl(), Mode.API, "", ""));
        assertThat(((CompanyLookup.Unavailable) noKey.find(number(ACTIVE))).reason()).contains("no Companies House API key");
        assertThat(stub.requests()).isZero();
    }

    static CompanyNumber number(String text) {
        return CompanyNumber.read(text).number();
    }
}
