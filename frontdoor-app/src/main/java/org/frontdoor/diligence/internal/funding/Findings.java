package org.frontdoor.diligence.internal.funding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;

/**
 * What the duplicate-funding check found and searched, collected signal by signal and turned into
 * one result: the strongest finding decides the outcome, every finding is evidence, strongest first,
 * and what was searched follows, so a pass still says what it looked at.
 */
final class Findings {

    /** How much a finding weighs: information only, a person must look, or a clear problem. */
    enum Weight { INFORMATION, REFER, FAIL }

    /** Longest text taken from a record into evidence (a title, a name): reports stay readable. */
    static final int SHOWN = 160;

    private final Map<Weight, List<Evidence>> found = new EnumMap<>(Weight.class);
    private final Map<Weight, Set<String>> reasons = new EnumMap<>(Weight.class);
    private final List<Evidence> searched = new ArrayList<>();

    Findings() {
        for (Weight weight : Weight.values()) {
            found.put(weight, new ArrayList<>());
            reasons.put(weight, new LinkedHashSet<>());
        }
    }

    /** A finding: the label names the signal ("Same bank account, different applicant"), the value the other case and what matched. */
    void found(Weight weight, String label, String value) {
        found.get(weight).add(new Evidence(label, value));
        reasons.get(weight).add(label);
    }

    /** What was looked at, whatever was found. */
    void searched(String what, String result) {
        searched.add(new Evidence("Searched: " + what, result));
    }

    Weight strongest() {
        if (!found.get(Weight.FAIL).isEmpty()) {
            return Weight.FAIL;
        }
        return found.get(Weight.REFER).isEmpty() ? Weight.INFORMATION : Weight.REFER;
    }

    CheckResult result(String check, String source, Instant at) {
        var evidence = new ArrayList<Evidence>();
        for (Weight weight : List.of(Weight.FAIL, Weight.REFER, Weight.INFORMATION)) {
            evidence.addAll(found.get(weight));
        }
        evidence.addAll(searched);
        Outcome outcome = switch (strongest()) {
            case FAIL -> Outcome.FAIL;
            case REFER -> Outcome.REFER;
            case INFORMATION -> Outcome.PASS;
        };
        var strongestFirst = new ArrayList<String>(reasons.get(Weight.FAIL));
        strongestFirst.addAll(reasons.get(Weight.REFER));
        String summary;
        if (!strongestFirst.isEmpty()) {
            summary = String.join("; ", strongestFirst);
        } else if (!reasons.get(Weight.INFORMATION).isEmpty()) {
            summary = "Nothing that needs a person; for information: " + String.join("; ", reasons.get(Weight.INFORMATION));
        } else {
            summary = "No other applicant shares these details, no similar earlier funding and no other application of the"
                    + " organisation or person";
        }
        return new CheckResult(check, outcome, summary, evidence, source, at);
    }

    /** Text from a record, shortened for evidence. */
    static String shown(String text) {
        if (text == null || text.isBlank()) {
            return "(none)";
        }
        String single = text.strip().replaceAll("\\s+", " ");
        if (single.length() <= SHOWN) {
            return single;
        }
        // Never cut a character written as two chars (emoji, rare scripts) in half.
        int end = Character.isHighSurrogate(single.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return single.substring(0, end) + "…";
    }
}
