package org.frontdoor.diligence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a check looks at: the case's answers and which question holds which fact for this service.
 *
 * @param fields the question id of each fact a check may need, by role (for example
 *               {@code applicant-name -> clientName}, {@code sort-code -> sortCode}), from
 *               {@code frontdoor.diligence.fields.<serviceId>.<role>}
 */
public record CheckSubject(UUID caseId, String reference, String serviceId, Map<String, Object> answers,
                           Map<String, String> fields) {

    public CheckSubject {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
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
