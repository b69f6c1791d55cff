package org.frontdoor.people.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.platform.web.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a source's records, from a CSV file or the JSON API, in one transaction: good rows are
 * stored and linked, bad rows are reported, and importing the same rows again changes nothing.
 */
@Component
class Importing {

    /** One incoming record of the JSON API. */
    record IncomingRecord(String sourceRecordId, Map<String, String> fields, Instant updatedAt) {
    }

    private final Sources sources;
    private final Linking linking;
    private final AuditLog audit;

    Importing(Sources sources, Linking linking, AuditLog audit) {
        this.sources = sources;
        this.linking = linking;
        this.audit = audit;
    }

    @Transactional
    ImportReport importCsv(String sourceId, String csv, String actor) {
        requireSource(sourceId);
        var parsed = SourceCsv.parse(csv);
        return store(sourceId, parsed.rows(), parsed.badRows(), parsed.rows().size() + parsed.badRows().size(), actor);
    }

    @Transactional
    ImportReport importRecords(String sourceId, List<IncomingRecord> incoming, String actor) {
        requireSource(sourceId);
        List<SourceCsv.Row> rows = new ArrayList<>();
        List<ImportReport.BadRow> bad = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < incoming.size(); i++) {
            var in = incoming.get(i);
            String id = in == null || in.sourceRecordId() == null ? "" : in.sourceRecordId().strip();
            Map<PersonField, String> fields = new java.util.EnumMap<>(PersonField.class);
            String problem = null;
            if (in != null && in.fields() != null) {
                for (var entry : in.fields().entrySet()) {
                    try {
                        fields.put(PersonField.fromKey(entry.getKey()), entry.getValue());
                    } catch (IllegalArgumentException e) {
                        problem = "Unknown field " + entry.getKey();
                    }
                }
            }
            var record = new PersonRecord(id, fields);
            if (problem == null) {
                problem = SourceCsv.problemOf(record, id, seen);
            }
            if (problem != null) {
                bad.add(new ImportReport.BadRow(i + 1, id.isEmpty() ? null : id, problem));
            } else {
                seen.add(id);
                rows.add(new SourceCsv.Row(i + 1, id, record.values(), in.updatedAt()));
            }
        }
        return store(sourceId, rows, bad, incoming.size(), actor);
    }

    private ImportReport store(String sourceId, List<SourceCsv.Row> rows, List<ImportReport.BadRow> bad, int total, String actor) {
        int created = 0, linked = 0, review = 0, updated = 0, unchanged = 0;
        for (var row : rows) {
            var result = linking.receive(sourceId, row.sourceRecordId(), row.fields(), row.recordedAt(), actor);
            switch (result.outcome()) {
                case CREATED_NEW_PERSON -> created++;
                case LINKED -> linked++;
                case SENT_TO_REVIEW -> review++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        var report = new ImportReport(sourceId, total, created, linked, review, updated, unchanged, bad);
        audit.record(AuditEvent.change("IMPORTED", "PERSON_SOURCE", sourceId, "Records received from a source system",
                Map.of("rows", total, "new", created + linked + review, "updated", updated, "unchanged", unchanged,
                        "bad", bad.size())));
        return report;
    }

    private void requireSource(String sourceId) {
        if (sources.byId(sourceId).isEmpty()) {
            throw new NotFound("No source " + sourceId);
        }
    }
}
