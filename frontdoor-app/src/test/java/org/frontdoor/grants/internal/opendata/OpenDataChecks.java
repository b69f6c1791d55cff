package org.frontdoor.grants.internal.opendata;

import java.util.List;

/** The 360Giving schema check, for tests outside this package that check what was published. */
public final class OpenDataChecks {

    private static final ThreeSixtyGivingSchema SCHEMA = new ThreeSixtyGivingSchema();

    private OpenDataChecks() {
    }

    /** Problems of a whole 360Giving package, as "pointer: message"; empty when it is valid. */
    public static List<String> packageProblems(String json) {
        return SCHEMA.packageProblemsOf(ThreeSixtyGivingSchema.JSON.readTree(json)).stream()
                .map(problem -> problem.pointer() + ": " + problem.message()).toList();
    }
}
