package org.frontdoor.grants.internal;

import java.util.Optional;
import java.util.UUID;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Component;

/** What grants asks of cases and identity on behalf of a person: moving the case behind an application, finding accounts. */
@Component
class ApplicantActions {

    private final ReadingCases reading;
    private final TakingTransitions transitions;
    private final AccountDetails accounts;
    private final Agreements agreements;

    ApplicantActions(ReadingCases reading, TakingTransitions transitions, AccountDetails accounts, Agreements agreements) {
        this.reading = reading;
        this.transitions = transitions;
        this.accounts = accounts;
        this.agreements = agreements;
    }

    /** Takes a transition on the application's case as this person, at the version they can see now. */
    void take(SignedInAccount actor, UUID caseId, String transitionId, String note, String decision) {
        var details = reading.read(actor, caseId).orElseThrow(() -> new NotFound("No case " + caseId));
        transitions.take(actor, new Transition(caseId, transitionId, details.version(), note, decision));
    }

    void take(SignedInAccount actor, StoredApplications.Row row, String transitionId, String note) {
        take(actor, row.application().caseId(), transitionId, note, null);
    }

    Optional<UUID> accountByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : accounts.idByEmail(email.strip());
    }

    byte[] agreement(GrantApplication application) {
        return agreements.render(application);
    }
}
