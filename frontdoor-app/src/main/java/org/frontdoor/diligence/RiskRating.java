package org.frontdoor.diligence;

import java.util.ArrayList;
import java.util.List;

/**
 * Red, amber or green with the reasons. The rule: any failed check makes it red, otherwise any
 * check referred to a person makes it amber, otherwise green; every failed or referred check is a
 * reason, and a case with no results yet is amber because nothing has been checked.
 */
public record RiskRating(Rating rating, List<String> reasons) {

    public RiskRating {
        reasons = List.copyOf(reasons);
    }

    public enum Rating {
        RED("Red"), AMBER("Amber"), GREEN("Green");

        private final String label;

        Rating(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The rating the rules give these results. */
    public static RiskRating of(List<CheckResult> results) {
        if (results.isEmpty()) {
            return new RiskRating(Rating.AMBER, List.of("No checks have finished yet"));
        }
        List<String> fails = new ArrayList<>();
        List<String> refers = new ArrayList<>();
        for (CheckResult r : results) {
            switch (r.outcome()) {
                case FAIL -> fails.add(r.check() + " failed: " + r.summary());
                case REFER -> refers.add(r.check() + " referred: " + r.summary());
                case PASS -> { }
            }
        }
        if (!fails.isEmpty()) {
            List<String> reasons = new ArrayList<>(fails);
            reasons.addAll(refers);
            return new RiskRating(Rating.RED, reasons);
        }
        if (!refers.isEmpty()) {
            return new RiskRating(Rating.AMBER, refers);
        }
        return new RiskRating(Rating.GREEN, List.of("Every check passed (" + results.size() + ")"));
    }
}
