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
}
