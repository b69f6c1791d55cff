package org.frontdoor.diligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.names.Schema;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A run's results, screened names and completion, stored in one statement, on the real database. */
@SystemTest
class StoredReportsIntegrationTest {

    @Autowired
    StoredReports reports;
    @Autowired
    JdbcClient jdbc;

    private final UUID caseId = UUID.randomUUID();

    @Test
    void aFirstRunStoresItsResultsAndNamesAndCompletesTheReport() {
        open();

        reports.record(caseId, List.of(result("sanctions", Outcome.PASS), result("bank-account", Outcome.FAIL)),
                List.of(new ScreeningQuery("Pat Smith", Schema.PERSON, "1970-01-01", "GB"),
                        new ScreeningQuery("Smith Repairs Ltd", Schema.ORGANIZATION, null, null)), true);

        assertThat(results()).containsExactly("bank-account FAIL", "sanctions PASS");
        assertThat(names()).containsExactly("ORGANIZATION Smith Repairs Ltd null", "PERSON Pat Smith 1970-01-01");
        assertThat(completed()).isTrue();
    }

    @Test
    void aRerunReplacesItsChecksResultsAndTheNamesLeavingTheOtherChecksAndTheReportOpen() {
        open();
        reports.record(caseId, List.of(result("sanctions", Outcome.PASS), result("bank-account", Outcome.FAIL)),
                List.of(new ScreeningQuery("Pat Smith", Schema.PERSON, "1970-01-01", "GB"),
                        new ScreeningQuery("Smith Repairs Ltd", Schema.ORGANIZATION, null, null)), true);
        reports.reopen(caseId);

        reports.record(caseId, List.of(result("sanctions", Outcome.REFER)),
                List.of(new ScreeningQuery("Pat Smith", Schema.PERSON, "1971-02-02", "GB")), false);

        assertThat(results()).containsExactly("bank-account FAIL", "sanctions REFER");
        assertThat(names()).as("the name no longer asked is gone, the other's birth date refreshed")
                .containsExactly("PERSON Pat Smith 1971-02-02");
        assertThat(completed()).isFalse();
    }

    @Test
    void aRunWithoutTheSanctionsCheckKeepsTheNamesScreenedBefore() {
        open();
        reports.record(caseId, List.of(result("sanctions", Outcome.PASS)),
                List.of(new ScreeningQuery("Pat Smith", Schema.PERSON, null, null)), true);

        reports.record(caseId, List.of(result("bank-account", Outcome.PASS)), null, true);

        assertThat(names()).containsExactly("PERSON Pat Smith null");
        assertThat(results()).containsExactly("bank-account PASS", "sanctions PASS");
    }

    @Test
    void theSameNameAskedTwiceInOneRunIsStoredOnce() {
        open();

        reports.record(caseId, List.of(result("sanctions", Outcome.PASS)),
                List.of(new ScreeningQuery("Pat Smith", Schema.PERSON, null, null), new ScreeningQuery("Pat Smith", Schema.PERSON, null, null)),
                true);

        assertThat(names()).containsExactly("PERSON Pat Smith null");
    }

    private void open() {
        reports.open(caseId, "DD-" + caseId, "community-spaces-grant", "Grants team", UUID.randomUUID(),
                List.of("sanctions", "bank-account"), Map.of());
    }

    private static CheckResult result(String check, Outcome outcome) {
        return new CheckResult(check, outcome, check + " said " + outcome, List.of(), "test", Instant.now());
    }

    private List<String> results() {
        return jdbc.sql("select check_name || ' ' || outcome from diligence_results where case_id = ? order by check_name")
                .param(caseId).query(String.class).list();
    }

    private List<String> names() {
        return jdbc.sql("""
                select schema || ' ' || name || ' ' || coalesce(birth_date, 'null') from diligence_screened_names
                where case_id = ? order by schema, name""").param(caseId).query(String.class).list();
    }

    private boolean completed() {
        return jdbc.sql("select completed_at is not null from diligence_reports where case_id = ?").param(caseId)
                .query(Boolean.class).single();
    }
}
