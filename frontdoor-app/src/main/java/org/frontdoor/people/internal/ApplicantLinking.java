package org.frontdoor.people.internal;

import java.util.EnumMap;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.linkage.record.PersonField;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Matches the applicant of every submitted case in real time: the applicant's account (name, email
 * address) is a record of the {@code frontdoor} source, linked like any other, and the case is
 * linked to that record, so the person page lists the applicant's cases across every service.
 * Runs after the submission commits, in its own transaction; the event publication registry retries
 * it if the node stops first.
 */
@Component
class ApplicantLinking {

    static final String ACTOR = "system: real-time matching at submission";

    private final AccountDetails accounts;
    private final Linking linking;
    private final Registry registry;

    ApplicantLinking(AccountDetails accounts, Linking linking, Registry registry) {
        this.accounts = accounts;
        this.linking = linking;
        this.registry = registry;
    }

    @ApplicationModuleListener
    void on(CaseSubmitted submitted) {
        var account = accounts.ownAccount(submitted.applicantId());
        if (account.isEmpty()) {
            return;
        }
        var fields = new EnumMap<PersonField, String>(PersonField.class);
        String name = account.get().displayName() == null ? "" : account.get().displayName().strip();
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            fields.put(PersonField.GIVEN_NAME, name.substring(0, space).strip());
            fields.put(PersonField.SURNAME, name.substring(space + 1));
        } else if (!name.isEmpty()) {
            fields.put(PersonField.SURNAME, name);
        }
        fields.put(PersonField.EMAIL, account.get().email());
        var result = linking.receive(Source.FRONTDOOR, submitted.applicantId().toString(), fields, null, ACTOR);
        registry.linkCase(submitted.caseId(), submitted.reference(), submitted.serviceId(), submitted.team(),
                submitted.applicantId(), result.recordId());
        registry.history(result.personId(), "CASE_LINKED", result.recordId(), null,
                submitted.reference() + " (" + submitted.serviceId() + ")", ACTOR);
    }
}
