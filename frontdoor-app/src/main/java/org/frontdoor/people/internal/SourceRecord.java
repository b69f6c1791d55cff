package org.frontdoor.people.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;

/**
 * One record of one source as stored, with why it belongs to its person.
 *
 * @param recordedAt        when the source last changed it (or when it was first imported)
 * @param linkKind          NEW_PERSON, AUTOMATIC, REVIEWED, MERGED or SPLIT
 * @param matchProbability  probability of the link to {@code matchedRecordId}; null for a person's first record
 * @param explanation       the engine's explanation of that link; null with it
 * @param decidedByHuman    placed by a reviewer, a merge or a split: no batch run moves it
 */
public record SourceRecord(UUID id, String sourceId, String sourceRecordId, UUID personId, Map<PersonField, String> fields,
                    Instant recordedAt, Instant importedAt, String linkKind, Double matchProbability,
                    Explanation explanation, UUID matchedRecordId, boolean decidedByHuman) {

    /** The record as the engine sees it, identified by its registry id. */
    PersonRecord forMatching() {
        return new PersonRecord(id.toString(), fields);
    }

    String value(PersonField field) {
        return fields.get(field);
    }

    /** A field's value as pages show it. */
    public String shown(PersonField field) {
        return FieldDisplay.shown(field, fields.get(field));
    }
}
