package org.frontdoor.grants.internal.opendata;

import java.util.List;

/**
 * What importing one 360Giving file did.
 *
 * @param read            grants found in the file's {@code grants} list
 * @param stored          grants stored (new or updated)
 * @param skipped         grants refused, each with at least one problem
 * @param problems        the first {@link #PROBLEMS_SHOWN} problems, in file order
 * @param problemsLeftOut how many more problems there were
 */
public record ImportReport(String sourceName, int read, int stored, int skipped, List<ImportProblem> problems, int problemsLeftOut) {

    static final int PROBLEMS_SHOWN = 100;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /**
     * One reason a grant was skipped.
     *
     * @param index   the grant's position in the file's {@code grants} list, from 0
     * @param grantId the grant's id when it has one
     * @param pointer the JSON pointer of the field inside the grant ({@code ""} for the grant as a whole)
     * @param message what is wrong, in the schema validator's words
     */
    public record ImportProblem(int index, String grantId, String pointer, String message) {

        /** Where, as a JSON pointer into the whole file, for example {@code /grants/12/amountAwarded}. */
        public String filePointer() {
            return "/grants/" + index + pointer;
        }
    }
}
