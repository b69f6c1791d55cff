package org.frontdoor.people.internal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.realtime.MatchCandidate;
import org.frontdoor.linkage.realtime.PersonIndex;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine's real-time {@link PersonIndex} over every source record, with the linkage model every node
 * uses now. The index is keyed by <em>record</em> id, not person id: merges and splits then never touch it,
 * and the database says which person a record belongs to now.
 *
 * <p>Several nodes share one database, so each node follows {@link MatchingState}: every second, and
 * before every linking step (under the linking lock, so nothing can commit meanwhile), it reads the
 * records added or changed since the generation it has, or rebuilds on another model version. A node's
 * own writes go into its index at once, so the next record of the same import can match them; if their
 * transaction rolls back, the index is rebuilt from the database on next use.
 */
@Component
class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    /** Candidates for a record, with the version of the model that scored them. */
    record Matches(int modelVersion, List<MatchCandidate> candidates) {
    }

    /** One index with the model it was built with and the generation it reflects. */
    private static final class Current {
        final PersonIndex index;
        final int modelVersion;
        final LinkageModel model;
        volatile long generation;

        Current(PersonIndex index, int modelVersion, LinkageModel model, long generation) {
            this.index = index;
            this.modelVersion = modelVersion;
            this.model = model;
            this.generation = generation;
        }
    }

    private final Registry registry;
    private final MatchingState state;
    private final LinkageModels models;
    private final RecordPreparation preparation = RecordPreparation.standard();
    private volatile Current current;

    MatchingIndex(Registry registry, MatchingState state, LinkageModels models) {
        this.registry = registry;
        this.state = state;
        this.models = models;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        catchUp();
    }

    /**
     * Picks up other nodes' records and model changes: one primary-key read a second while nothing changes.
     * It reads the database before taking this index's lock, so it never waits for a pooled connection
     * while a linking transaction, which holds one, waits for the lock.
     */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void follow() {
        try {
            var c = current;
            var now = state.now();
            if (c == null || c.modelVersion != now.modelVersion()) {
                catchUp();
                return;
            }
            long from = c.generation;
            if (now.generation() <= from) {
                return;
            }
            var changes = registry.changedAfter(from);
            synchronized (this) {
                // A linking step on this node moved the index meanwhile: the next check reads again.
                if (current == c && c.generation == from) {
                    apply(c, changes, now.generation());
                }
            }
        } catch (DataAccessException e) {
            log.warn("Cannot check the person registry for changes; matching with what was read before: {}", e.getMessage());
        }
    }

    /** Brings the index up to the database's generation and model version. */
    synchronized void catchUp() {
        var now = state.now();
        var c = current;
        if (c == null || c.modelVersion != now.modelVersion()) {
            rebuild(now.modelVersion());
            return;
        }
        if (now.generation() > c.generation) {
            apply(c, registry.changedAfter(c.generation), now.generation());
        }
    }

    /** New records are added, changed ones replace their old version; called holding this index's lock. */
    private static void apply(Current c, List<Registry.Change> changes, long generation) {
        long reached = generation;
        for (var change : changes) {
            if (change.addedIn() > c.generation) {
                c.index.add(change.record().forMatching(), change.record().id().toString());
            } else {
                c.index.replace(change.record().forMatching(), change.record().id().toString());
            }
            reached = Math.max(reached, change.changedIn());
        }
        c.generation = Math.max(c.generation, reached);
    }

    /** The version of the model matching uses now on this node. */
    int modelVersion() {
        return ready().modelVersion;
    }

    LinkageModel model() {
        return ready().model;
    }

    /** Records that may be the same person as this one, best first, excluding the record itself. */
    Matches candidates(PersonRecord record, double minProbability) {
        var c = ready();
        return new Matches(c.modelVersion, c.index.match(record, minProbability, 20).stream()
                .filter(candidate -> !candidate.recordId().equals(record.id()))
                .toList());
    }

    PreparedRecord prepare(PersonRecord record) {
        return preparation.prepare(record);
    }

    /** A record this node just stored in the given generation, inside the caller's transaction. */
    synchronized void added(PersonRecord record, long generation) {
        var c = ready();
        c.index.add(record, record.id());
        c.generation = Math.max(c.generation, generation);
        rebuildIfRolledBack();
    }

    /** New values of a record this node just stored in the given generation, inside the caller's transaction. */
    synchronized void changed(PersonRecord record, long generation) {
        var c = ready();
        c.index.replace(record, record.id());
        c.generation = Math.max(c.generation, generation);
        rebuildIfRolledBack();
    }

    private void rebuild(int modelVersion) {
        var model = models.model(modelVersion);
        long generation = state.now().generation();
        var changes = registry.allChanges();
        List<PreparedRecord> prepared = changes.stream().map(ch -> preparation.prepare(ch.record().forMatching())).toList();
        List<String> ids = changes.stream().map(ch -> ch.record().id().toString()).toList();
        for (var change : changes) {
            generation = Math.max(generation, change.changedIn());
        }
        current = new Current(PersonIndex.build(model, prepared, ids), modelVersion, model, generation);
        log.info("Person index built over {} source records with linkage model version {}", changes.size(), modelVersion);
    }

    private Current ready() {
        var c = current;
        if (c == null) {
            catchUp();
            c = current;
        }
        return c;
    }

    /**
     * What this node added may never commit; the generations it used will then be used again by other
     * records. Forgetting the whole index is simplest and rare: it is rebuilt from the database on next use.
     */
    private void rebuildIfRolledBack() {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MatchingIndex.this);
                if (status != STATUS_COMMITTED) {
                    forget();
                }
            }
        });
    }

    private synchronized void forget() {
        current = null;
        log.info("Person index dropped after a rolled-back change; it is rebuilt on next use");
    }

    static UUID recordIdOf(MatchCandidate candidate) {
        return UUID.fromString(candidate.recordId());
    }
}
