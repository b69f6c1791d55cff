package org.frontdoor.cases;

import java.util.Map;
import java.util.UUID;
import org.frontdoor.services.ServiceDefinition;

/**
 * Lets another capability take part in sending an application: refuse it (a grant round that has
 * closed) or record what the new case is for (the grant application behind it). Every gate runs
 * inside the sending transaction, after the answers are checked and before the case is stored, so a
 * refusal stores nothing and keeps the draft; a retry of an application already sent is answered
 * from the first case without asking the gates again.
 */
public interface ApplicationGate {

    /**
     * @param answers the checked answers
     * @throws org.frontdoor.platform.InvalidInput with a message for the applicant when the application cannot be sent
     */
    void check(NewApplication application, ServiceDefinition service, Map<String, Object> answers);

    /** The case exists (same transaction): record what it means to this capability. */
    void admitted(NewApplication application, ServiceDefinition service, UUID caseId, Map<String, Object> answers);
}
