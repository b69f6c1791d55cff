package org.frontdoor.people.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.ApiController;
import org.frontdoor.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person registry over the API. Admins manage sources and send records (a CSV file, a batch or
 * one at a time; idempotent on source and source record id). Caseworkers, team leads and admins read
 * persons, always saying why ({@code purpose}: CASEWORK, IDENTITY, DUPLICATES or DATA_REQUEST). Team
 * leads and admins decide reviews, merge and split. Anyone else gets a 404.
 */
@ApiController("/api/v1/people")
class PeopleApi {

    private final Sources sources;
    private final Importing importing;
    private final ReadingPersons reading;
    private final Reviewing reviewing;
    private final Registry registry;
    private final Linking linking;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    PeopleApi(Sources sources, Importing importing, ReadingPersons reading, Reviewing reviewing, Registry registry,
              Linking linking, org.springframework.transaction.support.TransactionTemplate transactions) {
        this.sources = sources;
        this.importing = importing;
        this.reading = reading;
        this.reviewing = reviewing;
        this.registry = registry;
        this.linking = linking;
        this.transactions = transactions;
    }

    /** A source as sent and returned: trust per field name (given_name, surname, ...), 0-100. */
    record SourceBody(String id, String name, Map<String, Integer> trust) {
    }

    /** The source systems. Admins only. */
    @GetMapping("/sources")
    List<SourceBody> sources(@AuthenticationPrincipal SignedInAccount me) {
        Access.require(me, Access.MANAGE_SOURCES);
        return sources.all().stream().map(PeopleApi::body).toList();
    }

    /** Adds a source system, or changes its name and trust levels. Admins only. */
    @PutMapping("/sources/{id}")
    SourceBody saveSource(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id, @RequestBody SourceBody body) {
        Access.require(me, Access.MANAGE_SOURCES);
        var source = SourceForm.validate(id, body.name(), body.trust() == null ? Map.of() : body.trust(),
                sources.byId(id).isEmpty() && body.name() != null && sources.nameTaken(body.name().strip()));
        sources.save(source);
        return body(source);
    }

    /**
     * Imports a CSV file of a source (header {@code id}, person columns such as given_name, surname,
     * date_of_birth, address, postcode, email, phone, national_insurance_number, and optionally
     * {@code updated_at}). Bad rows come back with their line numbers; good rows are kept.
     */
    @PostMapping(path = "/sources/{id}/imports", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importCsv(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id, @RequestBody String csv) {
        Access.require(me, Access.MANAGE_SOURCES);
        return importing.importCsv(id, csv, me.auditActorName());
    }

    /** Sends a batch of records; bad ones are reported by position (from 1), good ones kept. */
    @PostMapping("/sources/{id}/records")
    ImportReport importBatch(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id,
                             @RequestBody List<Importing.IncomingRecord> records) {
        Access.require(me, Access.MANAGE_SOURCES);
        if (records.size() > 10_000) {
            throw InvalidInput.of("records", "Send at most 10,000 records at a time");
        }
        return importing.importRecords(id, records, me.auditActorName());
    }

    /** Sends one record; a 400 problem says what is wrong with it. */
    @PutMapping("/sources/{id}/records/{sourceRecordId}")
    ImportReport importOne(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id,
                           @PathVariable String sourceRecordId, @RequestBody Importing.IncomingRecord record) {
        Access.require(me, Access.MANAGE_SOURCES);
        var report = importing.importRecords(id, List.of(new Importing.IncomingRecord(sourceRecordId,
                record == null ? Map.of() : record.fields(), record == null ? null : record.updatedAt())), me.auditActorName());
        if (!report.badRows().isEmpty()) {
            throw InvalidInput.of("fields", report.badRows().getFirst().problem());
        }
        return report;
    }

    /** Persons whose records mention the text (or the most recent); staff who may view persons. */
    @GetMapping
    List<ReadingPersons.Summary> search(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String q) {
        return reading.search(me, q.length() > 200 ? q.substring(0, 200) : q);
    }

    /** One person: golden record with provenance, source records with match explanations, cases, history. */
    @GetMapping("/{id:[0-9a-fA-F-]{36}}")
    PersonView person(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, @RequestParam(required = false) String purpose) {
        Access.require(me, Access.VIEW);
        var why = Purpose.parse(purpose);
        if (why == null) {
            throw InvalidInput.of("purpose", "Say why you are looking: CASEWORK, IDENTITY, DUPLICATES or DATA_REQUEST");
        }
        return reading.view(me, id, why).orElseThrow(() -> new NotFound("No person " + id));
    }

    /** The open review queue, oldest first. Team leads and admins. */
    @GetMapping("/reviews")
    List<Registry.Review> reviews(@AuthenticationPrincipal SignedInAccount me) {
        Access.require(me, Access.REVIEW);
        return registry.openReviews(200);
    }

    record DecisionBody(String decision) {
    }

    /** Decides a review: {@code {"decision": "SAME_PERSON"}} or {@code "DIFFERENT_PEOPLE"}. */
    @PostMapping("/reviews/{id}")
    Map<String, String> decide(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, @RequestBody DecisionBody body) {
        Access.require(me, Access.REVIEW);
        boolean same = parseDecision(body == null ? null : body.decision());
        reviewing.decide(id, same, me.auditActorName());
        return Map.of("status", same ? "ACCEPTED" : "REJECTED");
    }

    record MergeBody(UUID otherPersonId) {
    }

    /** Merges another person into this one; the other keeps pointing here. Team leads and admins. */
    @PostMapping("/{id}/merge")
    Map<String, UUID> merge(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, @RequestBody MergeBody body) {
        Access.require(me, Access.REVIEW);
        if (body == null || body.otherPersonId() == null) {
            throw InvalidInput.of("otherPersonId", "Enter the id of the person to merge into this one");
        }
        reviewing.merge(id, body.otherPersonId(), me.auditActorName());
        return Map.of("personId", id);
    }

    record SplitBody(List<UUID> recordIds) {
    }

    /** Splits records off this person into a new person. Team leads and admins. */
    @PostMapping("/{id}/split")
    Map<String, UUID> split(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, @RequestBody SplitBody body) {
        Access.require(me, Access.REVIEW);
        var created = reviewing.split(id, body == null || body.recordIds() == null ? List.of() : body.recordIds(), me.auditActorName());
        return Map.of("personId", created);
    }

    /** Runs the batch re-match over records still alone and undecided. Admins only. */
    @PostMapping("/rematch")
    Map<String, Integer> rematch(@AuthenticationPrincipal SignedInAccount me) {
        Access.require(me, Access.MANAGE_SOURCES);
        Integer changed = transactions.execute(status -> linking.rematch(me.auditActorName()));
        return Map.of("changed", changed == null ? 0 : changed);
    }

    /** Human decisions as labels, in the engine's --labels format: record_a, record_b, 1 or 0. */
    @GetMapping("/labels")
    org.springframework.http.ResponseEntity<String> labels(@AuthenticationPrincipal SignedInAccount me) {
        Access.require(me, Access.MANAGE_SOURCES);
        var out = new StringBuilder("record_a,record_b,match\n");
        registry.decisions().forEach(d -> out.append(d.recordA()).append(',').append(d.recordB()).append(',')
                .append(d.samePerson() ? 1 : 0).append('\n'));
        return org.springframework.http.ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(out.toString());
    }

    static boolean parseDecision(String decision) {
        if ("SAME_PERSON".equalsIgnoreCase(decision)) {
            return true;
        }
        if ("DIFFERENT_PEOPLE".equalsIgnoreCase(decision)) {
            return false;
        }
        throw InvalidInput.of("decision", "Choose whether the records are the same person");
    }

    private static SourceBody body(Source source) {
        Map<String, Integer> trust = new java.util.LinkedHashMap<>();
        source.trust().forEach((field, level) -> trust.put(field.key(), level));
        return new SourceBody(source.id(), source.name(), trust);
    }
}
