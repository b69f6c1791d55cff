package org.frontdoor.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants.Applicant;

/**
 * The eligibility page's fields as posted: who is applying ({@code applicantKind}), the organisation's
 * id and name ({@code orgId}, {@code orgName}, the names the back end uses for their problems), and
 * the answers to the programme's eligibility questions.
 */
record EligibilityForm(Map<String, List<String>> fields) {

    static final String KIND = "applicantKind";
    static final String ORG_ID = "orgId";
    static final String ORG_NAME = "orgName";

    /** The form as posted, without the CSRF token (it must not be echoed into hidden fields). */
    static EligibilityForm of(Map<String, List<String>> posted) {
        var fields = new LinkedHashMap<String, List<String>>(posted);
        fields.remove("_csrf");
        return new EligibilityForm(Map.copyOf(fields));
    }

    static EligibilityForm empty() {
        return new EligibilityForm(Map.of());
    }

    String kindWord() {
        return first(KIND);
    }

    ApplicantKind kind() {
        return Arrays.stream(ApplicantKind.values()).filter(k -> k.word().equals(kindWord())).findFirst().orElse(null);
    }

    Applicant applicant() {
        var kind = kind();
        if (kind == null || !kind.isOrganisation()) {
            return new Applicant(kind, null, null);
        }
        return new Applicant(kind, blankToNull(first(ORG_ID)), blankToNull(first(ORG_NAME)));
    }

    /** The answers to the programme's questions: everything that is not about the applicant. */
    Map<String, List<String>> answers() {
        var answers = new LinkedHashMap<String, List<String>>();
        fields.forEach((name, values) -> {
            if (!name.equals(KIND) && !name.equals(ORG_ID) && !name.equals(ORG_NAME)) {
                answers.put(name, values);
            }
        });
        return answers;
    }

    /** Every field as name and value, to carry the same input to the next form as hidden fields. */
    List<HiddenField> hidden() {
        var hidden = new ArrayList<HiddenField>();
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(v -> hidden.add(new HiddenField(e.getKey(), v))));
        return hidden;
    }

    record HiddenField(String name, String value) {
    }

    private String first(String name) {
        var values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
