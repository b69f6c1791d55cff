package org.frontdoor.cases;

import java.util.List;
import org.frontdoor.identity.SignedInAccount;

/** Open cases for staff: their teams' (admins: everyone's), most urgent first. */
public interface Worklists {

    /** Which slice of the queue. */
    enum View {
        /** Every open case of the person's teams. */
        TEAM,
        /** Due within the next two working days. */
        DUE_SOON,
        /** Past their SLA date. */
        BREACHING
    }

    /**
     * @param serviceId only this service's cases, or null for all
     */
    List<WorklistRow> worklist(SignedInAccount staff, View view, String serviceId);

    /**
     * Cases the person may see, open or closed, found by reference or by the applicant's email
     * address; newest first.
     */
    List<WorklistRow> find(SignedInAccount staff, String referenceOrEmail);

    /** The applicant's other cases that the person may see, newest first. */
    List<WorklistRow> otherCasesOfApplicant(SignedInAccount staff, java.util.UUID caseId);
}
