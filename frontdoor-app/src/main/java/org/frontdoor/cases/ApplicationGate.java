package org.frontdoor.cases;

import java.util.Map;
import java.util.UUID;
import org.frontdoor.services.ServiceDefinition;

/**
 * Lets another capability take part in sending an application: refuse it (a grant round that has
 * closed) or record what the new case is for (the grant application behind it). {@link #check}
 * runs after the answers are checked and before anything is written (in the caller's transaction
 * when it has one), so a refusal stores nothing and keeps the draft; a retry of an application
 * already sent is answered from the first case without asking the gates again. {@link #admitted}
 * runs in the transaction that stores the case, which may store other applications with it
 * (ADR 34): if it throws, that transaction is rolled back and each of its applications is tried
 * again alone.
 */
public interface ApplicationGate {

    /**
     * @param answers the checked answers
     * @throws org.frontdoor.platform.InvalidInput with a message for the applicant when the application cannot be sent
     */
    void check(NewApplication application, ServiceDefinition service, Map<String, Object> answers);

    /**
     * The case exists (same transaction, on the thread that writes it, with no signed-in principal):
     * record what it means to this capability.
     */
    void admitted(NewApplication application, ServiceDefinition service, UUID caseId, Map<String, Object> answers);
}
