package org.frontdoor.people.internal;

import java.util.List;
import java.util.UUID;

/** Everything the registry holds about one person, as staff and the person see it. */
public record PersonView(UUID id, List<Survivorship.GoldenValue> golden, List<SourceRecordView> records,
                  List<Registry.LinkedCase> cases, List<Registry.HistoryEntry> history,
                  List<Registry.Review> openReviews) {

    /** A source record with its source's name. */
    public record SourceRecordView(SourceRecord record, String sourceName) {
    }

    /** A display name from the golden record. */
    public String name() {
        String given = value("given_name");
        String surname = value("surname");
        String name = ((given == null ? "" : given) + " " + (surname == null ? "" : surname)).strip();
        return name.isEmpty() ? "Unnamed person" : name;
    }

    public String value(String key) {
        return golden.stream().filter(g -> g.field().key().equals(key)).map(Survivorship.GoldenValue::value)
                .findFirst().orElse(null);
    }
}
