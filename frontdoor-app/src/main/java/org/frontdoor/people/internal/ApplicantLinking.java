package org.frontdoor.people.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.cases.CaseSubmitted;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.AccountView;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.platform.events.QueueWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matches the applicant of every submitted case in real time: the applicant's account (name, email
 * address) and what the application says about them (date of birth, phone, postcode, for services
 * configured in {@link PeopleSettings#applicantFields()}) are a record of the {@code frontdoor} source,
 * linked like any other, and the case is linked to that record, so the person page lists the
 * applicant's cases across every service.
 *
 * <p>The submission queues the case ({@link LinkingQueue}) in its own transaction, and
 * {@link #WORKERS} workers per node link what is queued in batches of up to {@link #BATCH}: one
 * transaction takes the rows, links every applicant, deletes the rows and commits, so the
 * registry's one database-wide lock ({@link Registry#lockForLinking()}) and the commit are paid once
 * per batch (ADR 31). A batch that fails is done again one case at a time, so one bad case fails only
 * itself; a case that fails alone keeps its row, with the error, and is tried again later.
 */
@Component
class ApplicantLinking {

    private static final Logger log = LoggerFactory.getLogger(ApplicantLinking.class);

    static final String ACTOR = "system: real-time matching at submission";

    /** The key under which a transaction's submitted cases gather until it commits. */
    private static final Object PENDING = new Object();

    /**
     * The most applicants linked in one transaction: enough that a surge is linked as fast as it
     * arrives, few enough that the lock is never held for long (a batch takes well under a second).
     */
    static final int BATCH = 100;

    /** One worker linking under the lock while the other does its reads (or, for applicants already known, both working). */
    static final int WORKERS = 2;

    private final AccountDetails accounts;
    private final ReadingCases cases;
    private final PeopleSettings settings;
    private final Linking linking;
    private final Registry registry;
    private final LinkingQueue queue;
    private final TransactionTemplate transactions;
    private final QueueWorkers workers;

    ApplicantLinking(AccountDetails accounts, ReadingCases cases, PeopleSettings settings, Linking linking, Registry registry,
                     LinkingQueue queue, PlatformTransactionManager transactionManager,
                     @Value("${frontdoor.people.linking-poll:1s}") Duration pollEvery) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.cases = cases;
        this.settings = settings;
        this.linking = linking;
        this.registry = registry;
        this.queue = queue;
        this.workers = new QueueWorkers("people-linking", WORKERS, pollEvery, this::linkWaiting);
    }

    /**
     * In the submitting transaction: the case is queued with it, or not at all. A transaction that
     * writes a group of submissions queues them all in one statement, just before it commits.
     */
    @EventListener
    void on(CaseSubmitted submitted) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            queue.add(List.of(submitted));
            workers.wake();
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (List<CaseSubmitted>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            var gathered = new ArrayList<CaseSubmitted>();
            TransactionSynchronizationManager.bindResource(PENDING, gathered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    queue.add(gathered);
                }

                @Override
                public void afterCommit() {
                    workers.wake();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = gathered;
        }
        pending.add(submitted);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        workers.start();
    }

    /** The batch in hand is finished; the rest waits in the table for the next start or another node. */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        workers.stop();
    }

    /** Takes up to a batch of queued cases and links them; returns how many it took. */
    private int linkWaiting() {
        var taken = new ArrayList<LinkingQueue.Queued>();
        try {
            return transactions.execute(status -> {
                taken.addAll(queue.take(BATCH));
                // An idle worker's look at the queue is this one read, nothing more.
                if (!taken.isEmpty()) {
                    linkAll(taken.stream().map(LinkingQueue.Queued::submitted).toList());
                    queue.remove(taken);
                }
                return taken.size();
            });
        } catch (RuntimeException failed) {
            if (taken.isEmpty()) {
                throw failed; // the queue itself could not be read: the workers back off
            }
            if (taken.size() == 1) {
                failedAlone(taken.getFirst(), failed);
            } else {
                log.warn("Linking a batch of {} applicants failed ({}); linking each on its own", taken.size(), failed.toString());
                taken.forEach(this::linkAlone);
            }
            return taken.size();
        }
    }

    private void linkAlone(LinkingQueue.Queued queued) {
        try {
            transactions.executeWithoutResult(status -> queue.takeOne(queued.submitted().caseId()).ifPresent(again -> {
                linkAll(List.of(again.submitted()));
                queue.remove(List.of(again));
            }));
        } catch (RuntimeException failed) {
            failedAlone(queued, failed);
        }
    }

    private void failedAlone(LinkingQueue.Queued queued, RuntimeException failure) {
        var retryIn = retryAfter(queued.attempts() + 1);
        log.warn("Could not link the applicant of case {} (attempt {}): {}; trying again in {}", queued.submitted().reference(),
                queued.attempts() + 1, failure.toString(), retryIn);
        transactions.executeWithoutResult(status -> queue.failed(queued.submitted().caseId(), failure.toString(), retryIn));
    }

    /** 30 seconds after the first failure, doubling, at most an hour: a case is never given up on. */
    static Duration retryAfter(int attempts) {
        var doubled = Duration.ofSeconds(30L << Math.min(7, Math.max(0, attempts - 1)));
        return doubled.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : doubled;
    }

    /**
     * Links a batch of cases to their applicants' records. What it needs to know it reads for the
     * whole batch at once (accounts, known records, answers), and it writes the case links together:
     * for applicants already known and unchanged, a batch of a hundred is a handful of round trips.
     * The first applicant who is new or changed takes the registry's lock for the rest of the batch,
     * and the records are read again under it, so no record is read again one by one.
     */
    private void linkAll(List<CaseSubmitted> batch) {
        var applicantIds = batch.stream().map(CaseSubmitted::applicantId).distinct().toList();
        var applicants = applicantIds.stream().map(UUID::toString).toList();
        var accountsById = accounts.ownAccounts(applicantIds);
        var records = registry.records(Source.FRONTDOOR, applicants);
        var answers = answersOf(batch);
        var linkedBefore = new HashSet<UUID>();
        var links = new ArrayList<Registry.CaseLink>();
        boolean locked = false;
        long generation = 0;
        for (var submitted : batch) {
            var account = accountsById.get(submitted.applicantId());
            if (account == null) {
                continue;
            }
            var sourceRecordId = submitted.applicantId().toString();
            var said = answers.getOrDefault(submitted.caseId(), Map.<PersonField, String>of());
            boolean first = linkedBefore.add(submitted.applicantId());
            var known = knownRecord(first, records, sourceRecordId);
            var fields = fields(account, known, said);
            if (!locked && Linking.changes(known, fields)) {
                generation = linking.lock();
                locked = true;
                records = registry.records(Source.FRONTDOOR, applicants);
                known = knownRecord(first, records, sourceRecordId);
                fields = fields(account, known, said);
            }
            // Not locked: no applicant so far in the batch, this one included, changes anything.
            var result = locked ? linking.receiveHoldingLock(Source.FRONTDOOR, sourceRecordId, fields, null, ACTOR, known, generation)
                    : Linking.unchanged(known.orElseThrow());
            links.add(new Registry.CaseLink(submitted.caseId(), submitted.reference(), submitted.serviceId(), submitted.team(),
                    submitted.applicantId(), result.recordId(), result.personId(), ACTOR));
        }
        registry.linkCases(links);
    }

    /**
     * The applicant's record as their latest case left it: as the batch read it for their first case
     * in the batch, read again for a later one (the first may have changed it).
     */
    private Optional<SourceRecord> knownRecord(boolean first, Map<String, SourceRecord> records, String sourceRecordId) {
        return first ? Optional.ofNullable(records.get(sourceRecordId)) : registry.record(Source.FRONTDOOR, sourceRecordId);
    }

    /** The applicant's record: their account's name and email, and what this and earlier applications said about them. */
    private static Map<PersonField, String> fields(AccountView account, Optional<SourceRecord> known, Map<PersonField, String> answered) {
        var fields = new EnumMap<PersonField, String>(PersonField.class);
        // What an earlier application said stays: the next one, for another service, may not ask it.
        known.ifPresent(record -> record.fields().forEach((field, value) -> {
            if (PeopleSettings.FROM_ANSWERS.contains(field)) {
                fields.put(field, value);
            }
        }));
        fields.putAll(answered);
        String name = account.displayName() == null ? "" : account.displayName().strip();
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            fields.put(PersonField.GIVEN_NAME, name.substring(0, space).strip());
            fields.put(PersonField.SURNAME, name.substring(space + 1));
        } else if (!name.isEmpty()) {
            fields.put(PersonField.SURNAME, name);
        }
        fields.put(PersonField.EMAIL, account.email());
        return fields;
    }

    /**
     * What each case's answers say about its applicant, by case id. The answers are read (and the
     * reads audited) only for cases of services that ask something matching uses.
     */
    private Map<UUID, Map<PersonField, String>> answersOf(List<CaseSubmitted> batch) {
        var asking = batch.stream().filter(submitted -> !settings.applicantFieldsOf(submitted.serviceId()).isEmpty()).toList();
        if (asking.isEmpty()) {
            return Map.of();
        }
        var answers = SystemReader.asMatching(() -> cases.answersOf(SystemReader.MATCHING, asking.stream().map(CaseSubmitted::caseId).toList()));
        var said = new HashMap<UUID, Map<PersonField, String>>();
        for (var submitted : asking) {
            var caseAnswers = answers.get(submitted.caseId());
            if (caseAnswers != null) {
                said.put(submitted.caseId(), ApplicantAnswers.read(settings.applicantFieldsOf(submitted.serviceId()), caseAnswers));
            }
        }
        return said;
    }
}
