package org.frontdoor.cases;

import java.util.UUID;

/**
 * Lets another capability say that a citizen takes part in a case as its applicant does, though
 * they did not send it: a colleague at the organisation a grant application was made for. They then
 * see the case, message, send documents and take the applicant's steps, and work on the draft before
 * it is sent. Asked only when the citizen
 * is neither the applicant nor the person applied for, so ordinary reads pay nothing for it.
 */
public interface CaseParticipants {

    boolean takesPart(UUID citizenId, UUID caseId);

    /**
     * Whether the citizen may open, fill in and send a draft someone else started (a colleague's
     * grant application for their organisation). The case it becomes belongs to whoever started it.
     */
    default boolean takesPartInDraft(UUID citizenId, UUID draftId) {
        return false;
    }
}
