package org.frontdoor.cases;

import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;

/** Turning a citizen's application into a case. */
public interface SubmittingApplication {

    /**
     * Checks the answers against the service's current form, routes the case to a team, starts
     * its SLA clock, records it with its timeline and audit entry, and publishes {@link CaseSubmitted},
     * all in one transaction, which may write other submissions made at the same time (ADR 34), or
     * in the caller's transaction when it has one. Returns once that transaction has committed.
     *
     * @throws NotFound             when the service does not exist
     * @throws InvalidInput         with a problem per invalid answer
     * @throws IdempotencyKeyReused when the key was used for a different application
     * @throws org.frontdoor.services.ServiceNotTakingApplications when the service is paused or retired
     *                                (a retry of an application sent before still gets its case)
     */
    SubmittedCase submit(NewApplication application);
}
