package org.frontdoor.diligence.internal.funding;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.SubmittedCase;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.documents.Upload;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.grants.FundingRecords;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.support.Eventually;
import org.frontdoor.support.GrantApplications;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grant applications to the demo Community Spaces Fund for the duplicate-funding tests, sent through
 * the form as applicants send them, each with its own bank account, email, phone and address unless
 * a test makes two share one, so other tests' applications never match.
 */
class FundingApplicants {

    /** The roles the check reads, as a deployment configures them for the grant form. */
    static final Map<String, String> FIELDS = Map.of("sort-code", "sortCode", "account-number", "accountNumber", "email", "email",
            "phone", "phone", "address", "address", "project-title", "projectTitle", "project-summary", "projectSummary");

    private final GrantApplications grants;
    private final ApplyingForGrants applying;
    private final ApplyingForServices forms;
    private final ServiceCatalogue services;
    private final FundingRecords funding;
    private final JdbcClient jdbc;

    FundingApplicants(GrantApplications grants, ApplyingForGrants applying, ApplyingForServices forms, ServiceCatalogue services,
                      FundingRecords funding, JdbcClient jdbc) {
        this.grants = grants;
        this.applying = applying;
        this.forms = forms;
        this.services = services;
        this.funding = funding;
        this.jdbc = jdbc;
    }

    /** A sent application, with its answers, as the check sees it. */
    record Sent(SubmittedCase submitted, String orgId, Map<String, Object> answers) {
        UUID caseId() {
            return submitted.id();
        }
    }

    /** Answers to the form with details no other application has: a new bank account, mailbox, phone and building. */
    static Map<String, Object> ownDetails() {
        var random = ThreadLocalRandom.current();
        var answers = new HashMap<>(GrantApplications.formAnswers("10000"));
        answers.put("sortCode", String.format("%06d", random.nextInt(1_000_000)));
        answers.put("accountNumber", String.format("%08d", random.nextInt(100_000_000)));
        answers.put("email", "treasurer-" + UUID.randomUUID() + "@hall.example");
        answers.put("phone", "07700 " + String.format("%06d", random.nextInt(1_000_000)));
        answers.put("address", Map.of("line1", random.nextInt(1, 10_000) + " " + UUID.randomUUID().toString().substring(0, 8) + " Street",
                "town", "Ambridge", "postcode", "SW1A 2AA"));
        // Unrelated to every other test's purpose, so only a test that plants a similar grant finds one.
        String topic = UUID.randomUUID().toString().replaceAll("[0-9-]", "");
        answers.put("projectTitle", "Refit of the " + topic + " room");
        answers.put("projectSummary", "Insulation and lighting for the " + topic + " room");
        return answers;
    }

    /** A charity (a new one unless given) sends an application with these answers. */
    Sent sentByCharity(SignedInAccount citizen, String orgId, Map<String, Object> answers) {
        String id = orgId == null ? GrantApplications.uniqueCharity() : orgId;
        var draft = applying.start(citizen, GrantApplications.PROGRAMME, new Applicant(ApplicantKind.CHARITY, id, "Hall Trust " + id),
                grants.eligibilityInput(GrantApplications.eligibleAnswers()));
        var form = services.latest(GrantApplications.FORM).orElseThrow();
        for (var page : form.form().pages()) {
            if (!page.id().equals("eligibility")) {
                var files = page.id().equals("documents")
                        ? Map.of("accounts", new Upload("accounts-2025.pdf", "application/pdf", GrantApplications.ACCOUNTS_PDF))
                        : Map.<String, Upload>of();
                var saved = forms.savePage(citizen, draft, page.id(), AnswerCheck.fields(page.questions(), answers), files);
                if (!saved.valid()) {
                    throw new IllegalStateException("Page " + page.id() + " refused: " + saved.problems());
                }
            }
        }
        var submitted = forms.submit(citizen, draft);
        awaitReport(submitted.id());
        return new Sent(submitted, id, answers);
    }

    /** What the check is given for the application, as the runner builds it. */
    CheckSubject subject(Sent sent) {
        return subject(sent, sent.answers());
    }

    /** The same case with other answers, as if they had been stored. */
    CheckSubject subject(Sent sent, Map<String, Object> answers) {
        return new CheckSubject(sent.caseId(), sent.submitted().reference(), GrantApplications.FORM, answers, FIELDS,
                funding.applicantOf(sent.caseId()).orElse(null));
    }

    /**
     * A grant another funder gave the organisation, as a 360Giving import stores it.
     *
     * @param awarded when
     */
    void pastGrant(String orgId, String title, String description, LocalDate awarded) {
        jdbc.sql("""
                insert into past_grants (grant_id, funder_org_id, funder_name, recipient_org_id, recipient_name, title, description,
                                         currency, amount_awarded, award_date, source_name, record)
                values (?, 'GB-CHC-9999999', 'The Other Foundation', ?, 'Hall Trust', ?, ?, 'GBP', 7500, ?, 'other-foundation.json', '{}'::jsonb)""")
                .params("360G-other-" + UUID.randomUUID(), orgId, title, description, java.sql.Date.valueOf(awarded)).update();
    }

    /**
     * The registry's person of {@code second}'s applicant becomes {@code first}'s, as a reviewer's merge
     * leaves them: one person behind two accounts. Waits for both cases to be linked at submission first.
     */
    void samePerson(Sent first, Sent second) {
        UUID person = awaitPerson(first.caseId());
        UUID record = jdbc.sql("select record_id from people_cases where case_id = ?").param(awaitLinked(second.caseId())).query(UUID.class).single();
        jdbc.sql("update people_records set person_id = ? where id = ?").params(person, record).update();
    }

    /** The runner opens a report (with the applicant's account) when the case is submitted; checks run inside it. */
    private void awaitReport(UUID caseId) {
        Eventually.until(() -> jdbc.sql("select count(*) from diligence_reports where case_id = ?").param(caseId).query(Long.class).single() > 0,
                Duration.ofSeconds(20), "the diligence report of " + caseId);
    }

    private UUID awaitPerson(UUID caseId) {
        awaitLinked(caseId);
        return jdbc.sql("select r.person_id from people_cases c join people_records r on r.id = c.record_id where c.case_id = ?")
                .param(caseId).query(UUID.class).single();
    }

    private UUID awaitLinked(UUID caseId) {
        Eventually.until(() -> jdbc.sql("select count(*) from people_cases where case_id = ?").param(caseId).query(Long.class).single() > 0,
                Duration.ofSeconds(20), "the registry link of " + caseId);
        return caseId;
    }

    static List<String> labels(org.frontdoor.diligence.CheckResult result) {
        return result.evidence().stream().map(org.frontdoor.diligence.CheckResult.Evidence::label).toList();
    }
}
