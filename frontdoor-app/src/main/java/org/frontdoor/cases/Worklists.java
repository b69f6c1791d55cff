package org.frontdoor.cases;

import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;

/** Cases for staff: their teams' (admins: everyone's), filtered, sorted and paged. */
public interface Worklists {

    /** Which slice of the queue. */
    enum View {
        /** Open cases the person holds. */
        MINE,
        /** Every open case of the person's teams. */
        TEAM,
        /** Open cases of the person's teams that nobody holds. */
        UNASSIGNED,
        /** Due within the next two working days. */
        DUE_SOON,
        /** Past their SLA date. */
        BREACHING
    }

    /** @throws org.frontdoor.platform.InvalidInput for a filter that cannot apply, naming it */
    WorklistPage worklist(SignedInAccount staff, WorklistQuery query);

    /**
     * Cases the person may see, open or closed, found by reference, by the applicant's email
     * address, or by names, email addresses, phone numbers and postcodes in the application;
     * newest first.
     */
    List<WorklistRow> find(SignedInAccount staff, String text);

    /** The applicant's other cases that the person may see, newest first. */
    List<WorklistRow> otherCasesOfApplicant(SignedInAccount staff, UUID caseId);
}
