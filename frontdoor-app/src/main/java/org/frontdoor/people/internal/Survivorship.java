package org.frontdoor.people.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.linkage.record.PersonField;

/**
 * The golden record: for each field, the value of the record whose source is trusted most for that
 * field; among equally trusted sources, the most recently recorded value; then the lowest source id,
 * so the choice never depends on the order records were read in. Pure.
 */
final class Survivorship {

    /** A field's surviving value and where it came from. */
    public record GoldenValue(PersonField field, String value, String sourceId, String sourceName, String sourceRecordId,
                       UUID recordId, int trust, Instant recordedAt) {

        /** The value as pages show it. */
        public String shown() {
            return FieldDisplay.shown(field, value);
        }
    }

    private Survivorship() {
    }

    static Map<PersonField, GoldenValue> golden(List<SourceRecord> records, Map<String, Source> sources) {
        Map<PersonField, GoldenValue> golden = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            records.stream()
                    .filter(r -> r.value(field) != null)
                    .max(Comparator.<SourceRecord>comparingInt(r -> trust(sources, r.sourceId(), field))
                            .thenComparing(SourceRecord::recordedAt)
                            .thenComparing(SourceRecord::sourceId, Comparator.reverseOrder())
                            .thenComparing(SourceRecord::sourceRecordId, Comparator.reverseOrder()))
                    .ifPresent(r -> {
                        Source source = sources.get(r.sourceId());
                        golden.put(field, new GoldenValue(field, r.value(field), r.sourceId(),
                                source == null ? r.sourceId() : source.name(), r.sourceRecordId(), r.id(),
                                trust(sources, r.sourceId(), field), r.recordedAt()));
                    });
        }
        return golden;
    }

    private static int trust(Map<String, Source> sources, String sourceId, PersonField field) {
        Source source = sources.get(sourceId);
        return source == null ? 0 : source.trustIn(field);
    }
}
