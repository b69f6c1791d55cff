package org.frontdoor.people.internal;

import java.util.EnumMap;
import java.util.Map;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.platform.events.Batches;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches the applicant of every submitted case in real time: the applicant's account (name, email
 * address) and what the application says about them (date of birth, phone, postcode, for services
 * configured in {@link PeopleSettings#applicantFields()}) are a record of the {@code frontdoor} source,
 * linked like any other, and the case is linked to that record, so the person page lists the
 * applicant's cases across every service. Runs after the submission commits, in its own transaction;
 * the event publication registry retries it if the node stops first.
 *
 * <p>Linking takes one database-wide lock ({@link Registry#lockForLinking()}), so it is done in
 * {@link Batches}: a transaction links every applicant waiting (up to {@link #BATCH}), taking the
 * lock and committing once for all of them, with at most {@link #AT_ONCE} such batches on a node.
 * The rest wait for the next batch without a connection, instead of each holding one of the pool's
 * while it waits for the lock, which in a surge of submissions left intake and the other listeners
 * without connections. A batch that fails is done again one applicant at a time, so one bad
 * submission fails only itself.
 */
@Component
class ApplicantLinking {

    static final String ACTOR = "system: real-time matching at submission";

    private final AccountDetails accounts;
    private final ReadingCases cases;
    private final PeopleSettings settings;
    private final Linking linking;
    private final Registry registry;
    private final TransactionTemplate transactions;
    private final Batches<CaseSubmitted> batches;

    /**
     * The most applicants linked in one transaction: enough that a surge is linked as fast as it
     * arrives, few enough that the lock is never held for long (a batch takes well under a second).
     */
    static final int BATCH = 100;

    /** One batch linking under the lock and the next doing its reads (or, for applicants already known, both working). */
    static final int AT_ONCE = 2;

    ApplicantLinking(AccountDetails accounts, ReadingCases cases, PeopleSettings settings, Linking linking, Registry registry,
                     PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.cases = cases;
        this.settings = settings;
        this.linking = linking;
        this.registry = registry;
        this.batches = new Batches<>(BATCH, AT_ONCE,
                submissions -> transactions.executeWithoutResult(status -> submissions.forEach(this::link)));
    }

    @Async
    @TransactionalEventListener
    void on(CaseSubmitted submitted) {
        batches.submit(submitted);
    }

    /** Linking not yet started when the node stops is left to the outbox (see {@link Batches}). */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        batches.stop();
    }

    private void link(CaseSubmitted submitted) {
        var account = accounts.ownAccount(submitted.applicantId());
        if (account.isEmpty()) {
            return;
        }
        var fields = new EnumMap<PersonField, String>(PersonField.class);
        // What an earlier application said stays: the next one, for another service, may not ask it.
        registry.record(Source.FRONTDOOR, submitted.applicantId().toString()).ifPresent(known -> known.fields().forEach((field, value) -> {
            if (PeopleSettings.FROM_ANSWERS.contains(field)) {
                fields.put(field, value);
            }
        }));
        fields.putAll(fromAnswers(submitted));
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

    /** The answers are read (and the read audited) only for services that ask something matching uses. */
    private Map<PersonField, String> fromAnswers(CaseSubmitted submitted) {
        var questions = settings.applicantFieldsOf(submitted.serviceId());
        if (questions.isEmpty()) {
            return Map.of();
        }
        return SystemReader.asMatching(() -> cases.answers(SystemReader.MATCHING, submitted.caseId()))
                .map(answers -> ApplicantAnswers.read(questions, answers))
                .orElse(Map.of());
    }
}
