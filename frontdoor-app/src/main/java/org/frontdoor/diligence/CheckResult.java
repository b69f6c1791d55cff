package org.frontdoor.diligence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one check concluded, with everything it based that on.
 *
 * @param check     the check's {@link DiligenceCheck#name() name}
 * @param outcome   pass, refer (a person must look) or fail
 * @param summary   one sentence a caseworker reads first
 * @param evidence  each fact the check saw, in order
 * @param source    where the facts came from (list file and version, table version, register)
 * @param checkedAt when the check ran
 */
public record CheckResult(String check, Outcome outcome, String summary, List<Evidence> evidence, String source,
                          Instant checkedAt) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        summary = summary == null ? "" : summary;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        source = source == null ? "" : source;
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** Pass: nothing found that needs a person. Refer: a person must look. Fail: a clear problem. */
    public enum Outcome {
        PASS("Pass"), REFER("Refer"), FAIL("Fail");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One fact a check saw, such as "Matched name: Ivan Petrov". */
    public record Evidence(String label, String value) {
    }
}
