package org.frontdoor.diligence.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.FundingRecords;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.GrantApplications;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duplicate-funding check on the real database, one signal per test, on grant applications sent
 * through the demo form. The check is called as the runner calls it, after the case's report exists.
 */
@SystemTest
class DuplicateFundingIntegrationTest {

    @Autowired
    DuplicateFundingCheck check;
    @Autowired
    ApplyingForGrants applying;
    @Autowired
    ApplyingForServices forms;
    @Autowired
    ServiceCatalogue services;
    @Autowired
    Registration registration;
    @Autowired
    FundingRecords funding;
    @Autowired
    JdbcClient jdbc;

    GrantApplications grants;
    FundingApplicants applicants;

    @BeforeEach
    void setUp() {
        grants = new GrantApplications(applying, forms, services, registration, jdbc);
        applicants = new FundingApplicants(grants, applying, forms, services, funding, jdbc);
    }

    @Test
    void nothingSharedPassesSayingWhatWasSearched() {
        var sent = applicants.sentByCharity(grants.newCitizen("Pat Clean"), null, FundingApplicants.ownDetails());

        var result = check.check(applicants.subject(sent));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.PASS);
        assertThat(result.check()).isEqualTo("duplicate-funding");
        assertThat(FundingApplicants.labels(result)).contains("Searched: other applicants' details",
                "Searched: grant applications of " + sent.orgId(), "Searched: 360Giving grants to " + sent.orgId()
                        + " since " + LocalDate.now(java.time.ZoneId.of("Europe/London")).minusYears(3), "Searched: person registry");
        assertThat(value(result, "Searched: other applicants' details")).contains("Bank account", "Email address", "Phone number",
                "Address", "0 other case(s)");
    }

    @Test
    void twoOrganisationsPaidIntoOneBankAccountFailNamingTheOtherApplication() {
        var details = FundingApplicants.ownDetails();
        var first = applicants.sentByCharity(grants.newCitizen("Sam First"), null, details);
        // Checked before the second is sent: the demo form's own checks run on every application
        // sent, so once the second exists the first would see it too.
        assertThat(check.check(applicants.subject(first)).outcome()).isEqualTo(Outcome.PASS);
        var secondDetails = FundingApplicants.ownDetails();
        // Typed another way, the same account.
        secondDetails.put("sortCode", format(details.get("sortCode")));
        secondDetails.put("accountNumber", details.get("accountNumber"));
        var second = applicants.sentByCharity(grants.newCitizen("Alex Second"), null, secondDetails);

        var result = check.check(applicants.subject(second));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).contains("Same bank account, different applicant");
        assertThat(value(result, "Same bank account, different applicant"))
                .contains(first.submitted().reference(), first.orgId(), "Bank account " + details.get("sortCode") + ":");
    }

    @Test
    void anOrganisationApplyingTwiceIsReferredWithTheOtherApplicationListed() {
        var citizen = grants.newCitizen("Robin Twice");
        var first = applicants.sentByCharity(citizen, null, FundingApplicants.ownDetails());
        check.check(applicants.subject(first));
        var second = applicants.sentByCharity(citizen, first.orgId(), FundingApplicants.ownDetails());

        var result = check.check(applicants.subject(second));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.REFER);
        assertThat(value(result, "Same organisation, another application")).contains(first.submitted().reference(),
                "community-spaces", "state submitted", "£10,000.00 requested", "undecided", "purpose similarity");
    }

    @Test
    void anOrganisationReusingItsBankAccountIsReferredOnlyForApplyingTwice() {
        var citizen = grants.newCitizen("Robin Reuse");
        var details = FundingApplicants.ownDetails();
        var first = applicants.sentByCharity(citizen, null, details);
        check.check(applicants.subject(first));
        var second = applicants.sentByCharity(citizen, first.orgId(), details);

        var result = check.check(applicants.subject(second));

        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(FundingApplicants.labels(result)).contains("Same bank account, same applicant's other application")
                .doesNotContain("Same bank account, different applicant", "Same email address, different applicant");
    }

    @Test
    void oneMailboxBehindTwoApplicantsIsReferredWhateverDotsAndTagsItWasWrittenWith() {
        var details = FundingApplicants.ownDetails();
        String mailbox = "hall.treasurer." + java.util.UUID.randomUUID().toString().substring(0, 8);
        details.put("email", mailbox + "@gmail.com");
        var first = applicants.sentByCharity(grants.newCitizen("Kim Mail"), null, details);
        var other = FundingApplicants.ownDetails();
        other.put("email", mailbox.replace(".", "").toUpperCase() + "+grants@googlemail.com");
        other.put("phone", "+44 " + ((String) details.get("phone")).substring(1));
        var second = applicants.sentByCharity(grants.newCitizen("Lee Mail"), null, other);
        check.check(applicants.subject(first));

        var result = check.check(applicants.subject(second));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.REFER);
        assertThat(FundingApplicants.labels(result)).contains("Same email address, different applicant",
                "Same phone number, different applicant");
        assertThat(value(result, "Same email address, different applicant")).contains(first.submitted().reference());
    }

    @Test
    void anEarlierGrantForTheSamePurposeFailsAndASimilarOneIsReferredWithScoreAndSharedWords() {
        var details = FundingApplicants.ownDetails();
        details.put("projectTitle", "New roof for the village hall");
        details.put("projectSummary", "Replace the leaking roof of the village hall");
        var sent = applicants.sentByCharity(grants.newCitizen("Chris Roof"), null, details);
        var today = LocalDate.now();
        applicants.pastGrant(sent.orgId(), "Village hall roof", "Replacing the leaking roof of the village hall", today.minusYears(1));

        var result = check.check(applicants.subject(sent));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.FAIL);
        assertThat(value(result, "Already funded for the same purpose")).contains("The Other Foundation", "GBP 7500.00",
                "\"Village hall roof\"", "purpose similarity 1.00", "shared words: hall, leaking, replace, roof, village");

        var samePurpose = FundingApplicants.ownDetails();
        samePurpose.put("projectTitle", details.get("projectTitle"));
        samePurpose.put("projectSummary", details.get("projectSummary"));
        var similar = applicants.sentByCharity(grants.newCitizen("Chris Kitchen"), null, samePurpose);
        applicants.pastGrant(similar.orgId(), "Village hall kitchen", "A new kitchen and repairs to the roof of the hall",
                today.minusYears(2));
        applicants.pastGrant(similar.orgId(), "Village hall roof", "The same roof, long ago", today.minusYears(5));
        var referred = check.check(applicants.subject(similar));
        assertThat(referred.outcome()).as(referred.toString()).isEqualTo(Outcome.REFER);
        assertThat(value(referred, "Funded before for a similar purpose")).contains("Village hall kitchen", "shared words: hall, roof, village");
        // Beyond the three years looked back over.
        assertThat(referred.toString()).doesNotContain("long ago");
    }

    @Test
    void casesOfAnotherAccountOfTheSamePersonAreReferred() {
        var first = applicants.sentByCharity(grants.newCitizen("Jan Person"), null, FundingApplicants.ownDetails());
        var second = applicants.sentByCharity(grants.newCitizen("Jan Person"), null, FundingApplicants.ownDetails());
        applicants.samePerson(first, second);

        var result = check.check(applicants.subject(second));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.REFER);
        assertThat(value(result, "Same person, another account")).contains(first.submitted().reference());
        assertThat(value(result, "Searched: person registry")).isEqualTo("1 other account(s) linked to the same person");
    }

    @Test
    void twoApplicationsWithOneBankAccountCheckedAtTheSameMomentDoNotHideEachOther() throws Exception {
        var details = FundingApplicants.ownDetails();
        var first = applicants.sentByCharity(grants.newCitizen("Ari Same Time"), null, details);
        var second = applicants.sentByCharity(grants.newCitizen("Bo Same Time"), null, details);
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            // Outside any transaction, as the runner calls checks: whichever reads last sees the other.
            var one = pool.submit(() -> { start.await(); return check.check(applicants.subject(first)); });
            var two = pool.submit(() -> { start.await(); return check.check(applicants.subject(second)); });
            start.countDown();
            assertThat(java.util.List.of(one.get().outcome(), two.get().outcome())).contains(Outcome.FAIL);
        }
    }

    @Test
    void aDetailSharedByThousandsListsTheNewestAndSaysThereAreMore() {
        var details = FundingApplicants.ownDetails();
        var sent = applicants.sentByCharity(grants.newCitizen("Val Busy"), null, details);
        var phone = Identifier.phone((String) details.get("phone")).orElseThrow().value();
        // 2,000 cases of other applicants checked earlier with the same phone number, as an agent's would be.
        jdbc.sql("""
                with earlier as (
                    insert into diligence_funding_cases (case_id, reference, service_id, applicant_key, checked_at)
                    select gen_random_uuid(), 'BUSY-' || n, 'help-abroad', 'account:' || gen_random_uuid(), now() - n * interval '1 minute'
                      from generate_series(1, 2000) n
                    returning case_id, applicant_key, checked_at)
                insert into diligence_identifiers (case_id, kind, value, applicant_key, checked_at)
                select case_id, 'PHONE', ?, applicant_key, checked_at from earlier""").param(phone).update();

        var result = check.check(applicants.subject(sent));

        assertThat(result.evidence()).filteredOn(e -> e.label().equals("Same phone number, different applicant")).hasSize(25)
                .first().extracting(CheckResult.Evidence::value).asString().contains("BUSY-1 ");
        assertThat(value(result, "Only the first 25 listed")).contains("Phone number " + phone);
    }

    @Test
    void aRerunKeepsOneCopyOfEachDetailAndTheSameVerdict() {
        var details = FundingApplicants.ownDetails();
        var first = applicants.sentByCharity(grants.newCitizen("Max First"), null, details);
        var second = applicants.sentByCharity(grants.newCitizen("Max Second"), null, details);
        check.check(applicants.subject(first));

        var once = check.check(applicants.subject(second));
        var twice = check.check(applicants.subject(second));

        assertThat(twice.outcome()).isEqualTo(once.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(twice.evidence()).isEqualTo(once.evidence());
        assertThat(rows("diligence_identifiers", second)).isEqualTo(4);
        assertThat(rows("diligence_funding_cases", second)).isEqualTo(1);
        // Changed answers replace the old details instead of adding to them.
        var changed = new HashMap<>(details);
        changed.put("sortCode", "000000");
        changed.remove("phone");
        check.check(applicants.subject(second, changed));
        assertThat(rows("diligence_identifiers", second)).isEqualTo(3);
    }

    @Test
    void hostileAnswersAreCheckedWithoutBreakingAnything() {
        var sent = applicants.sentByCharity(grants.newCitizen("Drew Hostile"), null, FundingApplicants.ownDetails());
        var hostile = new HashMap<String, Object>();
        hostile.put("projectTitle", "'; drop table diligence_identifiers; -- \u0000 \uD83D\uDE00 Ｒｏｏｆ " + "x".repeat(2_000_000));
        hostile.put("projectSummary", "\uD800 lone surrogate, \u202Eright-to-left, e\u0301 combining");
        hostile.put("email", "a\u0000b@example.org");
        hostile.put("phone", "+" + "9".repeat(100_000));
        hostile.put("sortCode", "' or 1=1 --");
        hostile.put("accountNumber", "1".repeat(50_000));
        hostile.put("address", Map.of("line1", "1' or '1'='1 " + "é".repeat(100_000), "postcode", "SW1A 2AA"));

        var result = check.check(applicants.subject(sent, hostile));

        assertThat(result.outcome()).isIn(Outcome.PASS, Outcome.REFER);
        assertThat(rows("diligence_identifiers", sent)).isEqualTo(1);
        assertThat(jdbc.sql("select length(purpose) from diligence_funding_cases where case_id = ?").param(sent.caseId())
                .query(Integer.class).single()).isLessThanOrEqualTo(PurposeSimilarity.MAX_TEXT);
        // Answers of the wrong shape are not compared, never a reason to throw.
        var wrongShapes = Map.<String, Object>of("email", Map.of("x", 1), "address", "a string", "sortCode", java.util.List.of(1));
        assertThat(check.check(applicants.subject(sent, wrongShapes)).outcome()).isIn(Outcome.PASS, Outcome.REFER);
    }

    private long rows(String table, FundingApplicants.Sent sent) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(sent.caseId()).query(Long.class).single();
    }

    private static String value(CheckResult result, String label) {
        return result.evidence().stream().filter(e -> e.label().equals(label)).map(CheckResult.Evidence::value).findFirst()
                .orElseThrow(() -> new AssertionError("No evidence " + label + " in " + result));
    }

    private static String format(Object sortCode) {
        String digits = (String) sortCode;
        return digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4);
    }
}
