package org.frontdoor.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One version of a grant programme, as its definition says: who funds it and why, the budget, who
 * may apply and the rules they must meet, the amounts, the form (a service), how applications are
 * scored, and the rounds in which it takes applications.
 *
 * @param formServiceId  the service whose form applicants fill in
 * @param amountQuestion the form's money question holding the amount asked for
 * @param eligibilityPage the form page whose answers the eligibility rules read, asked before applying
 * @param moderationSpread assessors' weighted totals further apart than this (out of 100) need moderation
 * @param bankDetails     the form's questions holding the account name, sort code and account number payments go to
 */
public record GrantProgramme(String id, int version, String name, String funderOrgId, String funderName, String purpose,
                             BigDecimal budget, Set<ApplicantKind> applicants, String formServiceId, String amountQuestion,
                             BigDecimal minAmount, BigDecimal maxAmount, String eligibilityPage, List<EligibilityRule> rules,
                             List<Criterion> criteria, int moderationSpread, List<String> documents, List<RoundPlan> rounds,
                             BankDetails bankDetails) {

    /**
     * A rule an applicant must meet: a CEL expression over {@code applicant} (kind, orgId) and
     * {@code answers}, and the reason the applicant is shown when it does not hold.
     */
    public record EligibilityRule(String require, String reason) {
    }

    /** A criterion applications are scored on (0 to 10), weighted; the weights add up to 100. */
    public record Criterion(String id, String label, int weight) {
    }

    /** Question ids of the bank details in the form. */
    public record BankDetails(String accountName, String sortCode, String accountNumber) {
    }

    /** A round as the definition plans it; times are Europe/London wall-clock times turned into instants. */
    public record RoundPlan(String name, Instant opens, Instant closes) {
    }
}
