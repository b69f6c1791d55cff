package org.frontdoor.grants.internal;

import java.util.Optional;
import java.util.UUID;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.stereotype.Component;

/** What grants asks of cases and identity on behalf of a person: moving the case behind an application, finding accounts. */
@Component
class ApplicantActions {

    private final TakingTransitions transitions;
    private final AccountDetails accounts;
    private final Agreements agreements;

    ApplicantActions(TakingTransitions transitions, AccountDetails accounts, Agreements agreements) {
        this.transitions = transitions;
        this.accounts = accounts;
        this.agreements = agreements;
    }

    /**
     * Takes a transition on the application's case as this person, at the case version read with the
     * application: if the case moved since, cases refuses it and the person looks again.
     */
    void take(SignedInAccount actor, StoredApplications.Row row, String transitionId, String note, String decision) {
        var caseId = row.application().caseId();
        transitions.take(actor, new Transition(caseId, transitionId, row.caseVersion(), note, decision));
    }

    Optional<UUID> accountByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : accounts.idByEmail(email.strip());
    }

    byte[] agreement(GrantApplication application) {
        return agreements.render(application);
    }
}
