package org.frontdoor.diligence.internal.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.diligence.internal.funding.CheckedCases.CheckedCase;
import org.frontdoor.diligence.internal.funding.Findings.Weight;
import org.frontdoor.grants.FundingRecords;
import org.frontdoor.people.LinkedApplications;
import org.springframework.stereotype.Component;

/**
 * Duplicate funding and fraud signals ({@code duplicate-funding}): the same organisation behind
 * several applications, the same bank account, email address, phone number or address behind
 * different applicants in any service, earlier funding for the same purpose (ours and other funders'
 * from 360Giving), and one person behind several accounts in the person registry. How each signal
 * weighs is in {@link FundingSignals}.
 *
 * <p>Roles read: {@code sort-code}, {@code account-number}, {@code email}, {@code phone},
 * {@code address} (an address answer), {@code project-title}, {@code project-summary}; a role the
 * service does not configure is skipped and the evidence says so. The organisation comes from the
 * grant application, the applicant's account from the case's report.
 *
 * <p>Each run stores the case's normalised details and purpose (replacing an earlier run's), so later
 * applications are compared with it; every lookup is one indexed read.
 */
@Component
class DuplicateFundingCheck implements DiligenceCheck {

    static final String NAME = "duplicate-funding";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SOURCE = "Frontdoor applications and their checked details, 360Giving history (past_grants),"
            + " person registry";

    private final CheckedCases cases;
    private final FundingRecords funding;
    private final LinkedApplications people;
    private final FundingSettings settings;

    DuplicateFundingCheck(CheckedCases cases, FundingRecords funding, LinkedApplications people, FundingSettings settings) {
        this.cases = cases;
        this.funding = funding;
        this.people = people;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Runs outside a transaction, as the runner calls checks: the case's details are committed before
     * the other cases are read, so of two applications with one detail checked at the same moment the
     * one that reads last sees the other, without any lock that would make them wait for each other.
     * (Inside a caller's transaction the write is not yet visible to others, and the later of two
     * simultaneous checks may miss the earlier.)
     */
    @Override
    public CheckResult check(CheckSubject subject) {
        var findings = new Findings();
        var grant = Optional.ofNullable(subject.grant());
        String orgId = grant.map(FundingRecords.GrantApplicant::orgId).filter(id -> !id.isBlank()).orElse(null);
        Set<Identifier> details = details(subject, findings);
        UUID account = cases.applicantAccount(subject.caseId()).orElse(null);
        String key = orgId != null ? "org:" + orgId : account != null ? "account:" + account : "case:" + subject.caseId();
        String purpose = bounded(FundingSignals.join(subject.field("project-title"), subject.field("project-summary")));
        LocalDate today = LocalDate.now(LONDON);
        LocalDate since = FundingSignals.since(today, settings.lookbackYears());

        var me = new CheckedCase(subject.caseId(), subject.reference(), subject.serviceId(), key, account, purpose);
        cases.record(me, details);
        var sharing = cases.sharing(me, details, settings.maxListed());
        FundingSignals.sharedDetails(me, sharing, settings.maxListed(), findings);
        findings.searched("other applicants' details", details.isEmpty() ? "no details to compare"
                : details.stream().map(Identifier::describe).collect(Collectors.joining("; "))
                + " – " + sharing.stream().map(s -> s.other().caseId()).distinct().count() + " other case(s) share one");

        if (orgId != null) {
            var applications = funding.applicationsFor(orgId, settings.maxListed() + 1).stream()
                    .filter(a -> !a.caseId().equals(subject.caseId())).toList();
            var purposes = cases.purposes(applications.stream().map(FundingRecords.OrganisationApplication::caseId).toList());
            FundingSignals.organisationApplications(subject.caseId(), purpose, applications, purposes,
                    since.atStartOfDay(LONDON).toInstant(), settings, findings);
            var past = funding.pastFundingOf(orgId, since, settings.maxListed());
            FundingSignals.pastFunding(purpose, past, settings, findings);
            findings.searched("grant applications of " + orgId, applications.size() + " other(s)");
            findings.searched("360Giving grants to " + orgId + " since " + since, past.size() + " grant(s)");
        } else {
            findings.searched("organisation's other applications and earlier funding", "not searched: no organisation identifier");
        }
        if (purpose == null) {
            findings.searched("purpose", "no project title or summary to compare");
        }

        if (account != null) {
            var linked = people.ofOtherAccountsOf(account, settings.maxListed());
            FundingSignals.linkedPersons(subject.caseId(), account, linked, findings);
            findings.searched("person registry", linked.isEmpty()
                    ? "no other account linked to the applicant's person (an account's first case may not be linked yet)"
                    : linked.stream().map(LinkedApplications.LinkedApplication::applicantId).distinct().count()
                    + " other account(s) linked to the same person");
        } else {
            findings.searched("person registry", "not searched: the applicant's account is not known");
        }
        if (findings.strongest() == Weight.INFORMATION && grant.isEmpty() && details.isEmpty()) {
            findings.searched("this case", "not a grant application and no details configured for this service");
        }
        return findings.result(NAME, SOURCE, Instant.now());
    }

    /** The normalised details of the configured roles; each role configured but unusable is said in the evidence. */
    private static Set<Identifier> details(CheckSubject subject, Findings findings) {
        var details = new LinkedHashSet<Identifier>();
        String sortCode = subject.field("sort-code");
        String account = subject.field("account-number");
        if (sortCode != null || account != null) {
            add(details, Identifier.bankAccount(sortCode, account), "bank account", findings);
        }
        if (subject.questionFor("email") != null) {
            add(details, Identifier.email(subject.field("email")), "email address", findings);
        }
        if (subject.questionFor("phone") != null) {
            add(details, Identifier.phone(subject.field("phone")), "phone number", findings);
        }
        String addressQuestion = subject.questionFor("address");
        if (addressQuestion != null) {
            add(details, Identifier.address(subject.answers().get(addressQuestion)), "address", findings);
        }
        return details;
    }

    private static void add(Set<Identifier> details, Optional<Identifier> detail, String what, Findings findings) {
        detail.ifPresentOrElse(details::add, () -> findings.searched(what, "not compared: missing or not readable"));
    }

    private static String bounded(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int max = PurposeSimilarity.MAX_TEXT;
        String cut = text.length() <= max ? text : text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
        // PostgreSQL text cannot hold NUL; other control characters say nothing about a purpose.
        return cut.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ");
    }
}
