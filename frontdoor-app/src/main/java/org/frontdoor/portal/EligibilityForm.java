package org.frontdoor.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants.Applicant;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/**
 * The eligibility page's fields as posted: who is applying, the organisation's id and name, and the
 * answers to the programme's eligibility questions.
 *
 * <p>Each kind of organisation has its own id and name fields ({@code orgId-charity}), because they
 * sit in that kind's GOV.UK conditional reveal with a hint for that kind: without JavaScript every
 * reveal is visible, and only the chosen kind's fields count.
 */
record EligibilityForm(Map<String, List<String>> fields) {

    static final String KIND = "applicantKind";

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
        return new Applicant(kind, blankToNull(first("orgId-" + kind.word())), blankToNull(first("orgName-" + kind.word())));
    }

    /** The answers to the programme's questions: everything that is not about the applicant. */
    Map<String, List<String>> answers() {
        var answers = new LinkedHashMap<String, List<String>>();
        fields.forEach((name, values) -> {
            if (!name.equals(KIND) && !name.startsWith("orgId-") && !name.startsWith("orgName-")) {
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

    /**
     * The back end names the organisation's fields {@code orgId} and {@code orgName}; on this page they
     * are the chosen kind's fields, so the error summary links to the box the person typed in.
     */
    List<FieldProblem> onPage(List<FieldProblem> problems) {
        var kind = kind();
        return problems.stream().map(p -> kind != null && (p.field().equals("orgId") || p.field().equals("orgName"))
                ? new FieldProblem(p.field() + "-" + kind.word(), p.message()) : p).toList();
    }

    private String first(String name) {
        var values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
