package org.frontdoor.cases;

import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.ServiceDefinition;

/** Moving cases along their service's life cycle. */
public interface TakingTransitions {

    /** The transitions this person may take on the case now, in the order the service lists them. */
    List<ServiceDefinition.Transition> available(SignedInAccount actor, UUID caseId);

    /**
     * Takes a transition: checks the person may see the case and holds a role the transition allows
     * (CITIZEN means the applicant), that it leaves the case's current state, and that what it
     * requires is given; then moves the case, restarts its SLA clock for the new state, records the
     * timeline and audit entries and publishes {@link CaseTransitioned}, in one transaction.
     *
     * @throws NotFound             when the case does not exist or the person may not see it
     * @throws InvalidInput         when the transition cannot be taken now or a requirement is missing (fields transition, note, decision)
     * @throws CaseChangedMeanwhile when the case changed since {@code expectedVersion}
     */
    CaseDetails take(SignedInAccount actor, Transition transition);
}
