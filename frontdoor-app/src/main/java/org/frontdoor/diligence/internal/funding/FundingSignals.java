package org.frontdoor.diligence.internal.funding;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.frontdoor.diligence.internal.funding.CheckedCases.CheckedCase;
import org.frontdoor.diligence.internal.funding.CheckedCases.Sharing;
import org.frontdoor.diligence.internal.funding.Findings.Weight;
import org.frontdoor.grants.FundingRecords.OrganisationApplication;
import org.frontdoor.grants.FundingRecords.PastFunding;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.people.LinkedApplications.LinkedApplication;

/**
 * How much each duplicate-funding signal weighs, as plain rules over what the lookups returned; no
 * database, no Spring, so every rule is unit-tested.
 *
 * <ul>
 *   <li>The same bank account behind a different applicant fails: money for two organisations paid
 *       into one account is the classic sign of a made-up applicant. When the same account (login)
 *       applied for both, it is referred instead: an agent or treasurer may apply for several groups.
 *       An organisation reusing its own account is information.</li>
 *   <li>The same email address, phone number or address behind a different applicant is referred.</li>
 *   <li>Other applications of the same organisation within the period are referred (older ones are
 *       information); one of ours awarded within the period for a purpose at least
 *       {@code purpose-fail-at} alike fails.</li>
 *   <li>Earlier grants of any funder (360Giving) within the period: at least {@code purpose-fail-at}
 *       alike fails, at least {@code purpose-refer-at} is referred, others are information.</li>
 *   <li>Cases of other accounts the person registry links to the same person are referred.</li>
 * </ul>
 */
final class FundingSignals {

    private FundingSignals() {
    }

    /** Weighs the other cases that share a detail with this one. */
    static void sharedDetails(CheckedCase me, List<Sharing> sharing, int limit, Findings findings) {
        for (Sharing shared : sharing) {
            CheckedCase other = shared.other();
            Identifier detail = shared.identifier();
            boolean sameApplicant = other.applicantKey().equals(me.applicantKey());
            String where = other.reference() + " (" + other.serviceId() + "), applicant " + applicant(other.applicantKey())
                    + ": " + detail.describe();
            if (detail.kind() == Identifier.Kind.BANK_ACCOUNT) {
                if (sameApplicant) {
                    findings.found(Weight.INFORMATION, "Same bank account, same applicant's other application", where);
                } else if (me.applicantAccount() != null && me.applicantAccount().equals(other.applicantAccount())) {
                    findings.found(Weight.REFER, "Same bank account for another organisation, sent from the same account", where);
                } else {
                    findings.found(Weight.FAIL, "Same bank account, different applicant", where);
                }
            } else if (!sameApplicant) {
                findings.found(Weight.REFER, "Same " + detail.kind().label().toLowerCase(Locale.ROOT) + ", different applicant", where);
            }
        }
        sharing.stream().map(Sharing::identifier).distinct()
                .filter(detail -> sharing.stream().filter(s -> s.identifier().equals(detail))
                        .filter(s -> !s.other().applicantKey().equals(me.applicantKey())).count() >= limit)
                .forEach(detail -> findings.found(Weight.INFORMATION, "Only the first " + limit + " listed",
                        "At least " + limit + " cases of other applicants share " + detail.describe()));
    }

    /**
     * Weighs the organisation's other grant applications.
     *
     * @param purposes the stored purpose of those of them the check has seen, by case
     * @param since    the start of the period
     */
    static void organisationApplications(UUID caseId, String purpose, List<OrganisationApplication> applications,
                                         Map<UUID, String> purposes, Instant since, FundingSettings settings, Findings findings) {
        for (OrganisationApplication other : applications) {
            if (other.caseId().equals(caseId)) {
                continue;
            }
            String theirs = purposes.get(other.caseId());
            var likeness = theirs == null ? null : PurposeSimilarity.of(purpose, theirs);
            String text = other.reference() + " in " + Findings.shown(other.programmeName()) + " (" + other.programmeId() + "), state "
                    + other.state() + ", " + pounds(other.amountRequested()) + " requested, " + decision(other)
                    + (likeness == null ? "" : ", " + similarity(likeness));
            boolean recent = !other.submittedAt().isBefore(since);
            boolean awardedRecently = other.decision() == Decision.AWARDED && other.decidedAt() != null && !other.decidedAt().isBefore(since);
            Weight purposeWeight = likeness == null ? Weight.INFORMATION : purposeWeight(likeness, settings);
            if (awardedRecently && purposeWeight == Weight.FAIL) {
                findings.found(Weight.FAIL, "Already funded by us for the same purpose", text);
            } else if (recent) {
                findings.found(Weight.REFER, "Same organisation, another application", text);
            } else {
                findings.found(Weight.INFORMATION, "Same organisation, earlier application", text);
            }
        }
    }

    /** Weighs earlier grants from the 360Giving history (all within the period: the lookup reads no older ones). */
    static void pastFunding(String purpose, List<PastFunding> grants, FundingSettings settings, Findings findings) {
        for (PastFunding grant : grants) {
            var likeness = PurposeSimilarity.of(purpose, join(grant.title(), grant.description()));
            String text = "360Giving grant " + Findings.shown(grant.grantId()) + " from " + Findings.shown(grant.funderName()) + ", "
                    + grant.currency() + " " + grant.amount().toPlainString() + " on " + grant.awardDate() + ": \""
                    + Findings.shown(grant.title()) + "\", " + similarity(likeness) + " (file " + Findings.shown(grant.source()) + ")";
            switch (purposeWeight(likeness, settings)) {
                case FAIL -> findings.found(Weight.FAIL, "Already funded for the same purpose", text);
                case REFER -> findings.found(Weight.REFER, "Funded before for a similar purpose", text);
                case INFORMATION -> findings.found(Weight.INFORMATION, "Funded before for another purpose", text);
            }
        }
    }

    /** Weighs the cases the person registry links to the same person as this case's applicant. */
    static void linkedPersons(UUID caseId, UUID account, List<LinkedApplication> linked, Findings findings) {
        for (LinkedApplication other : linked) {
            // The applicant's own other cases are the same login applying again, which the other signals cover.
            if (other.caseId().equals(caseId) || Objects.equals(other.applicantId(), account)) {
                continue;
            }
            findings.found(Weight.REFER, "Same person, another account", other.reference() + " (" + other.serviceId()
                    + "), from account " + other.applicantId() + ", linked to person " + other.personId() + " in the registry");
        }
    }

    /** Purpose alike enough to count, by the settings' thresholds. */
    static Weight purposeWeight(PurposeSimilarity.Likeness likeness, FundingSettings settings) {
        if (likeness.shared().size() < settings.minSharedWords()) {
            return Weight.INFORMATION;
        }
        if (likeness.score() >= settings.purposeFailAt()) {
            return Weight.FAIL;
        }
        return likeness.score() >= settings.purposeReferAt() ? Weight.REFER : Weight.INFORMATION;
    }

    /** The start of the period: {@code years} before today. */
    static LocalDate since(LocalDate today, int years) {
        return today.minusYears(years);
    }

    static String join(String title, String summary) {
        if (title == null || title.isBlank()) {
            return summary == null ? "" : summary;
        }
        return summary == null || summary.isBlank() ? title : title + "\n" + summary;
    }

    private static String similarity(PurposeSimilarity.Likeness likeness) {
        return "purpose similarity " + likeness.rounded() + (likeness.shared().isEmpty() ? ""
                : ", shared words: " + Findings.shown(String.join(", ", likeness.shared())));
    }

    private static String applicant(String key) {
        return key.startsWith("org:") ? key.substring(4) : key.startsWith("account:") ? "account " + key.substring(8) : key;
    }

    private static String decision(OrganisationApplication other) {
        if (other.decision() == null) {
            return "undecided";
        }
        return switch (other.decision()) {
            case AWARDED -> "awarded " + pounds(other.amountAwarded()) + (other.decidedAt() == null ? "" : " on " + other.decidedAt());
            case REJECTED -> "rejected";
            case WAITLISTED -> "on the waiting list";
        };
    }

    private static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "£?";
        }
        var format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }
}
