package org.frontdoor.people.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.linkage.realtime.MatchCandidate;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.springframework.stereotype.Component;

/**
 * Puts source records into persons with the engine's real-time index: above {@link #AUTO_LINK} a record
 * joins the best candidate's person; in the review band it starts a person of its own and the pair goes
 * to clerical review; below {@link #REVIEW_FROM} it is a new person. Pairs a person rejected are never
 * proposed again, and records a person placed are never moved by a batch run. Callers hold a transaction.
 */
@Component
class Linking {

    /** At or above: linked without asking anyone. */
    static final double AUTO_LINK = 0.95;
    /** At or above (and below {@link #AUTO_LINK}): a person decides. Below: a new person. */
    static final double REVIEW_FROM = 0.50;

    /** What happened to one incoming record. */
    enum Outcome { CREATED_NEW_PERSON, LINKED, SENT_TO_REVIEW, UPDATED, UNCHANGED }

    record Result(UUID recordId, UUID personId, Outcome outcome) {
    }

    private final Registry registry;
    private final MatchingIndex index;

    Linking(Registry registry, MatchingIndex index) {
        this.registry = registry;
        this.index = index;
    }

    /**
     * Stores a record of a source, idempotently on (source, source record id): the same values again
     * change nothing; new values are stored (and re-indexed) without moving the record.
     */
    Result receive(String sourceId, String sourceRecordId, Map<PersonField, String> fields, Instant recordedAt, String actor) {
        // The common case (a known applicant applying again, a re-imported row) writes nothing, so it
        // needs no place in the one-at-a-time queue that every new or changed record waits in.
        var known = registry.record(sourceId, sourceRecordId);
        if (!changes(known, fields)) {
            return unchanged(known.get());
        }
        long generation = lock();
        return receiveHoldingLock(sourceId, sourceRecordId, fields, recordedAt, actor, registry.record(sourceId, sourceRecordId),
                generation);
    }

    /** What receiving a record's own values again comes to: nothing written. */
    static Result unchanged(SourceRecord known) {
        return new Result(known.id(), known.personId(), Outcome.UNCHANGED);
    }

    /** Whether these values would change the record (or make a new one). */
    static boolean changes(Optional<SourceRecord> known, Map<PersonField, String> fields) {
        return known.filter(record -> record.fields().equals(new PersonRecord("x", fields).values())).isEmpty();
    }

    /**
     * Takes the registry's lock for the rest of the transaction, brings the index up to date and
     * raises the matching generation; returns it, for every record this transaction stores. Once is
     * enough for many records: while the lock is held, only this transaction changes the registry.
     */
    long lock() {
        registry.lockForLinking();
        index.catchUp();
        return registry.raiseGeneration();
    }

    /**
     * {@link #receive} for a caller that called {@link #lock()} in this transaction (which gave the
     * generation) and read the record ({@code existing}) after that: what it read is what is stored,
     * so it is not read again.
     */
    Result receiveHoldingLock(String sourceId, String sourceRecordId, Map<PersonField, String> fields, Instant recordedAt,
                              String actor, Optional<SourceRecord> existing, long generation) {
        if (existing.isPresent()) {
            var known = existing.get();
            if (!changes(existing, fields)) {
                return unchanged(known);
            }
            var values = new PersonRecord(known.id().toString(), fields);
            registry.updateValues(known.id(), values.values(), recordedAt == null ? Instant.now() : recordedAt, generation);
            registry.history(known.personId(), "RECORD_UPDATED", known.id(), null, sourceId + " " + sourceRecordId, actor);
            index.changed(values, generation);
            return new Result(known.id(), known.personId(), Outcome.UPDATED);
        }
        var id = UUID.randomUUID();
        var record = new PersonRecord(id.toString(), fields);
        var best = bestCandidate(id, record);
        Instant when = recordedAt == null ? Instant.now() : recordedAt;
        Result result;
        if (best.isPresent() && best.get().candidate().matchProbability() >= AUTO_LINK) {
            var c = best.get();
            registry.insertRecord(new SourceRecord(id, sourceId, sourceRecordId, c.personId(), record.values(), when, null,
                    "AUTOMATIC", c.candidate().matchProbability(), c.explanation(), MatchingIndex.recordIdOf(c.candidate()), false),
                    generation);
            registry.history(c.personId(), "RECORD_LINKED", id, null, describe(sourceId, sourceRecordId, c.candidate()), actor);
            result = new Result(id, c.personId(), Outcome.LINKED);
        } else {
            var person = registry.newPerson(actor, "from " + sourceId + " " + sourceRecordId);
            registry.insertRecord(new SourceRecord(id, sourceId, sourceRecordId, person, record.values(), when, null,
                    "NEW_PERSON", null, null, null, false), generation);
            registry.history(person, "RECORD_LINKED", id, null, sourceId + " " + sourceRecordId + ": no likely match, a new person", actor);
            if (best.isPresent()) {
                var c = best.get().candidate();
                registry.openReview(id, MatchingIndex.recordIdOf(c), c.matchProbability(), best.get().explanation());
                result = new Result(id, person, Outcome.SENT_TO_REVIEW);
            } else {
                result = new Result(id, person, Outcome.CREATED_NEW_PERSON);
            }
        }
        index.added(record, generation);
        return result;
    }

    /**
     * A batch re-match: every record still alone in its person and never placed by a human is matched
     * again against everything known now. Human decisions stand: rejected pairs are skipped and
     * reviewed records are not considered. Returns how many records were linked or sent to review.
     */
    int rematch(String actor) {
        registry.lockForLinking();
        index.catchUp();
        int changed = 0;
        for (var record : registry.undecidedSingletons()) {
            var best = bestCandidate(record.id(), record.forMatching());
            if (best.isEmpty() || best.get().personId().equals(record.personId())) {
                continue;
            }
            var c = best.get();
            if (c.candidate().matchProbability() >= AUTO_LINK) {
                registry.relink(record.id(), c.personId(), "AUTOMATIC", c.candidate().matchProbability(),
                        c.explanation(), MatchingIndex.recordIdOf(c.candidate()), false);
                registry.markMerged(record.personId(), c.personId());
                registry.history(c.personId(), "RECORD_LINKED", record.id(), record.personId(),
                        "re-match: " + describe(record.sourceId(), record.sourceRecordId(), c.candidate()), actor);
                registry.history(record.personId(), "MERGED_INTO", record.id(), c.personId(), "re-match", actor);
                changed++;
            } else if (!registry.hasOpenReview(record.id(), MatchingIndex.recordIdOf(c.candidate()))) {
                registry.openReview(record.id(), MatchingIndex.recordIdOf(c.candidate()), c.candidate().matchProbability(),
                        c.explanation());
                changed++;
            }
        }
        return changed;
    }

    private record Best(MatchCandidate candidate, UUID personId, int modelVersion) {

        Explanation explanation() {
            return Explanation.of(candidate.explanation(), modelVersion);
        }
    }

    /** The most likely other person, skipping pairs a human rejected and any pair already under review. */
    private Optional<Best> bestCandidate(UUID recordId, PersonRecord record) {
        var matches = index.candidates(record, REVIEW_FROM);
        for (MatchCandidate candidate : matches.candidates()) {
            UUID other = MatchingIndex.recordIdOf(candidate);
            if (other.equals(recordId)) {
                continue;
            }
            var otherRecord = registry.record(other);
            if (otherRecord.isEmpty()) {
                continue; // indexed by a transaction that rolled back
            }
            if (registry.decision(recordId, other).filter(same -> !same).isPresent()) {
                continue;
            }
            if (registry.hasOpenReview(recordId, other) && candidate.matchProbability() < AUTO_LINK) {
                continue;
            }
            return Optional.of(new Best(candidate, otherRecord.get().personId(), matches.modelVersion()));
        }
        return Optional.empty();
    }

    private static String describe(String sourceId, String sourceRecordId, MatchCandidate candidate) {
        // Rounded to three places a near-certain link would read 1.000, which no match ever is.
        double p = candidate.matchProbability();
        return sourceId + " " + sourceRecordId + " matched with probability "
                + (p >= 0.9995 ? "over 0.999" : String.format(java.util.Locale.ROOT, "%.3f", p));
    }
}
