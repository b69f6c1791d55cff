package org.frontdoor.people.internal;

import java.util.EnumMap;
import java.util.Map;
import org.frontdoor.linkage.record.PersonField;

/**
 * Reads what an application says about its applicant (date of birth, phone, postcode) from the answers,
 * through the service's mapping of question ids. An answer that is missing, blank or not a possible date
 * of birth is left out rather than matched on: the case is already submitted, and a wrong value would
 * only pull the applicant towards someone else. Plain Java.
 */
final class ApplicantAnswers {

    private ApplicantAnswers() {
    }

    /**
     * @param questions question ids (or {@code question.part} for an address part) by person field key
     * @param answers   the case's answers as stored
     */
    static Map<PersonField, String> read(Map<String, String> questions, Map<String, Object> answers) {
        Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
        questions.forEach((key, path) -> {
            var field = PersonField.fromKey(key);
            var value = at(answers, path);
            if (value == null || value.isBlank()) {
                return;
            }
            if (field == PersonField.DATE_OF_BIRTH && SourceCsv.birthDateProblem(value) != null) {
                return;
            }
            fields.put(field, value.strip());
        });
        return fields;
    }

    private static String at(Map<String, Object> answers, String path) {
        Object value = answers;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value instanceof String || value instanceof Number ? String.valueOf(value) : null;
    }
}
