package org.frontdoor.cases;

import java.util.UUID;

/**
 * Lets another capability say that a citizen takes part in a case as its applicant does, though
 * they did not send it: a colleague at the organisation a grant application was made for. They then
 * see the case, message, send documents and take the applicant's steps. Asked only when the citizen
 * is neither the applicant nor the person applied for, so ordinary reads pay nothing for it.
 */
public interface CaseParticipants {

    boolean takesPart(UUID citizenId, UUID caseId);
}
