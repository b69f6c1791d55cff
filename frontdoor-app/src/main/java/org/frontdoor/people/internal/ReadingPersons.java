package org.frontdoor.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontdoor.audit.AuditEntry;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Persons as staff and the person themself see them; every read is audited with its purpose. */
@Component
class ReadingPersons {

    static final String SUBJECT = "PERSON";

    private final Registry registry;
    private final Sources sources;
    private final AuditLog audit;

    ReadingPersons(Registry registry, Sources sources, AuditLog audit) {
        this.registry = registry;
        this.sources = sources;
        this.audit = audit;
    }

    /** The person (following merges), for staff allowed to view persons, audited with the purpose. */
    @Transactional
    Optional<PersonView> view(SignedInAccount reader, UUID personId, Purpose purpose) {
        Access.require(reader, Access.VIEW);
        var current = registry.current(personId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditEvent.read(SUBJECT, current.get().toString(), purpose.text()));
        return Optional.of(assemble(current.get()));
    }

    /** The person whose records include the account's own (applicant) record, for the account holder. */
    @Transactional
    Optional<PersonView> own(SignedInAccount citizen) {
        var record = registry.record(Source.FRONTDOOR, citizen.id().toString());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        var id = record.get().personId();
        audit.record(AuditEvent.read(SUBJECT, id.toString(), "The person viewing what the registry holds about them"));
        return Optional.of(assemble(id));
    }

    /** Who else read the person's record, and why, newest first. */
    List<AuditEntry> lookedAt(UUID personId, String exceptActorId) {
        return audit.about(SUBJECT, personId.toString(), 50).stream()
                .filter(e -> !e.actorId().equals(exceptActorId))
                .toList();
    }

    /** The person a case applicant's account was linked to. */
    Optional<UUID> personOfApplicant(UUID accountId) {
        return registry.record(Source.FRONTDOOR, accountId.toString()).map(SourceRecord::personId);
    }

    public record Summary(UUID id, String name, String dateOfBirth, String postcode, int records) {

        /** The date of birth as pages show it. */
        public String dateOfBirthShown() {
            return FieldDisplay.shown(org.frontdoor.linkage.record.PersonField.DATE_OF_BIRTH, dateOfBirth);
        }
    }

    /** Persons matching a text (or the most recent), for staff; the search is audited. */
    @Transactional
    List<Summary> search(SignedInAccount reader, String text) {
        Access.require(reader, Access.VIEW);
        boolean searching = text != null && !text.isBlank();
        var ids = searching ? registry.search(text.strip(), 50) : registry.recentPersons(50);
        if (searching) {
            audit.record(new AuditEvent("SEARCHED", SUBJECT, null, "Staff finding a person in the registry",
                    Map.of("results", ids.size())));
        }
        List<Summary> result = new ArrayList<>();
        Map<String, Source> bySource = sourcesById();
        for (UUID id : ids) {
            var records = registry.recordsOf(id);
            var golden = Survivorship.golden(records, bySource);
            var view = new PersonView(id, List.copyOf(golden.values()), List.of(), List.of(), List.of(), List.of());
            result.add(new Summary(id, view.name(), view.value("date_of_birth"), view.value("postcode"), records.size()));
        }
        return result;
    }

    Map<String, Source> sourcesById() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private PersonView assemble(UUID personId) {
        var bySource = sourcesById();
        var records = registry.recordsOf(personId);
        var golden = Survivorship.golden(records, bySource);
        var views = records.stream()
                .map(r -> new PersonView.SourceRecordView(r, bySource.containsKey(r.sourceId()) ? bySource.get(r.sourceId()).name() : r.sourceId()))
                .toList();
        var reviews = records.stream().flatMap(r -> registry.reviewsOf(r.id()).stream())
                .filter(r -> r.status().equals("OPEN")).distinct()
                .sorted(Comparator.comparing(Registry.Review::createdAt)).toList();
        return new PersonView(personId, List.copyOf(golden.values()), views, registry.casesOf(personId),
                registry.historyOf(personId), reviews);
    }
}
