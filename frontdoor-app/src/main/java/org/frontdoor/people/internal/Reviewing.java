package org.frontdoor.people.internal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people decide: accept or reject a pair from the review queue, merge two persons, split records
 * off a person. Every decision is stored as a label on the pairs of records it concerns, marks the
 * records as placed by a human, and writes history on every person involved. Nothing is deleted: a
 * merged person points to the one it was merged into.
 */
@Component
class Reviewing {

    private final Registry registry;

    Reviewing(Registry registry) {
        this.registry = registry;
    }

    /** Accepts (the two records are one person: their persons are merged) or rejects an open review. */
    @Transactional
    void decide(UUID reviewId, boolean samePerson, String actor) {
        registry.lockForLinking();
        var review = registry.review(reviewId).orElseThrow(() -> new NotFound("No review " + reviewId));
        if (!review.status().equals("OPEN")) {
            throw InvalidInput.of("decision", "This pair has already been decided");
        }
        registry.decide(review.recordId(), review.candidateRecordId(), samePerson, actor);
        registry.closeReview(reviewId, samePerson ? "ACCEPTED" : "REJECTED", actor);
        var record = registry.record(review.recordId()).orElseThrow();
        var candidate = registry.record(review.candidateRecordId()).orElseThrow();
        if (samePerson) {
            if (!record.personId().equals(candidate.personId())) {
                mergeInto(candidate.personId(), record.personId(), actor, "review accepted");
            }
            registry.relink(record.id(), candidate.personId(), "REVIEWED", review.matchProbability(), review.explanation(),
                    candidate.id(), true);
        } else {
            registry.relink(record.id(), record.personId(), record.linkKind(), record.matchProbability(),
                    record.explanation(), record.matchedRecordId(), true);
            registry.history(record.personId(), "REVIEW_REJECTED", record.id(), candidate.personId(),
                    "not the same person as " + candidate.sourceId() + " " + candidate.sourceRecordId(), actor);
            registry.history(candidate.personId(), "REVIEW_REJECTED", candidate.id(), record.personId(),
                    "not the same person as " + record.sourceId() + " " + record.sourceRecordId(), actor);
        }
    }

    /** Merges {@code other} into {@code target}: all of other's records move; other points to target. */
    @Transactional
    void merge(UUID target, UUID other, String actor) {
        registry.lockForLinking();
        var into = registry.current(target).orElseThrow(() -> new NotFound("No person " + target));
        var from = registry.current(other).orElseThrow(() -> InvalidInput.of("otherPersonId", "Enter the id of an existing person"));
        if (into.equals(from)) {
            throw InvalidInput.of("otherPersonId", "That is the same person");
        }
        var kept = registry.recordsOf(into);
        for (var moved : registry.recordsOf(from)) {
            kept.forEach(k -> registry.decide(moved.id(), k.id(), true, actor));
        }
        mergeInto(into, from, actor, "merged by hand");
    }

    /** Splits records off a person into a new person; they are labelled as not that person any more. */
    @Transactional
    UUID split(UUID personId, List<UUID> recordIds, String actor) {
        registry.lockForLinking();
        var person = registry.current(personId).orElseThrow(() -> new NotFound("No person " + personId));
        var records = registry.recordsOf(person);
        var moving = records.stream().filter(r -> recordIds.contains(r.id())).toList();
        if (moving.isEmpty()) {
            throw InvalidInput.of("recordIds", "Select the records to split off");
        }
        if (moving.size() == records.size()) {
            throw InvalidInput.of("recordIds", "Leave at least one record with this person");
        }
        var staying = records.stream().filter(r -> !recordIds.contains(r.id())).toList();
        var created = registry.newPerson(actor, "split from " + person);
        for (var r : moving) {
            registry.relink(r.id(), created, "SPLIT", null, null, null, true);
            staying.forEach(s -> registry.decide(r.id(), s.id(), false, actor));
            registry.history(person, "SPLIT_OFF", r.id(), created, r.sourceId() + " " + r.sourceRecordId(), actor);
            registry.history(created, "SPLIT_FROM", r.id(), person, r.sourceId() + " " + r.sourceRecordId(), actor);
        }
        return created;
    }

    private void mergeInto(UUID into, UUID from, String actor, String why) {
        for (var moved : registry.recordsOf(from)) {
            registry.relink(moved.id(), into, "MERGED", moved.matchProbability(), moved.explanation(),
                    moved.matchedRecordId(), true);
            registry.history(into, "MERGED_IN", moved.id(), from, why, actor);
        }
        registry.markMerged(from, into);
        registry.history(from, "MERGED_INTO", null, into, why, actor);
    }
}
