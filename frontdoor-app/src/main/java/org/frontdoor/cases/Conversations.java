package org.frontdoor.cases;

import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;

/** Secure messages between the applicant and the staff on their case, and staff's internal notes. */
public interface Conversations {

    int MAX_LENGTH = 5_000;

    /**
     * A message on the case timeline that both sides see; publishes {@link MessagePosted}.
     *
     * @throws NotFound     when the person may not see the case
     * @throws InvalidInput when the text is empty or too long (field message)
     */
    void message(SignedInAccount author, UUID caseId, String text);

    /**
     * A note for staff only; the applicant never sees it.
     *
     * @throws NotFound     when the person is not staff who may see the case
     * @throws InvalidInput when the text is empty or too long (field internalNote)
     */
    void internalNote(SignedInAccount author, UUID caseId, String text);
}
