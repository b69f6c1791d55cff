package org.frontdoor.diligence;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.grants.FundingRecords.GrantApplicant;

/**
 * What a check looks at: the case's answers and which question holds which fact for this service.
 *
 * @param fields the question id of each fact a check may need, by role (for example
 *               {@code applicant-name -> clientName}, {@code sort-code -> sortCode}), from
 *               {@code frontdoor.diligence.fields.<serviceId>.<role>}
 * @param grant  who applied, when the case is a grant application (the organisation's identifier
 *               and name are not answers: the applicant chose them before the form); otherwise null
 */
public record CheckSubject(UUID caseId, String reference, String serviceId, Map<String, Object> answers,
                           Map<String, String> fields, GrantApplicant grant) {

    private static final String COMPANIES_HOUSE = "GB-COH-";
    private static final String CHARITY_COMMISSION = "GB-CHC-";

    public CheckSubject {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A subject that is not a grant application. */
    public CheckSubject(UUID caseId, String reference, String serviceId, Map<String, Object> answers, Map<String, String> fields) {
        this(caseId, reference, serviceId, answers, fields, null);
    }

    /**
     * The Companies House number: from the grant applicant's organisation identifier (GB-COH-…),
     * else the answer to the {@code company-number} question; null when there is none.
     */
    public String companyNumber() {
        return registerNumber(COMPANIES_HOUSE, "company-number");
    }

    /**
     * The Charity Commission (England and Wales) number: from the organisation identifier
     * (GB-CHC-…), else the answer to the {@code charity-number} question; null when there is none.
     */
    public String charityNumber() {
        return registerNumber(CHARITY_COMMISSION, "charity-number");
    }

    /** The organisation's name as the applicant gave it: the grant's recipient, else the {@code organisation-name} answer. */
    public String organisationName() {
        if (grant != null && grant.orgId() != null && grant.recipientName() != null && !grant.recipientName().isBlank()) {
            return grant.recipientName().trim();
        }
        return field("organisation-name");
    }

    private String registerNumber(String prefix, String role) {
        if (grant != null && grant.orgId() != null && grant.orgId().regionMatches(true, 0, prefix, 0, prefix.length())) {
            return grant.orgId().substring(prefix.length()).trim();
        }
        return field(role);
    }

    /** The question id configured for {@code role}, or null when the service names none. */
    public String questionFor(String role) {
        return fields.get(role);
    }

    /** The answer to the question configured for {@code role} as trimmed text, or null when absent or blank. */
    public String field(String role) {
        String question = fields.get(role);
        if (question == null) {
            return null;
        }
        Object value = answers.get(question);
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return null;
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }
}
