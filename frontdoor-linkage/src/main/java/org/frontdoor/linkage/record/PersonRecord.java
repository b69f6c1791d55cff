package org.frontdoor.linkage.record;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One source record about a person, as received: an identifier and raw attribute values.
 * Missing attributes are simply absent. Immutable.
 *
 * @param id     the record's identifier in its source; never null
 * @param values raw values by field; blank values are treated as missing
 */
public record PersonRecord(String id, Map<PersonField, String> values) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        EnumMap<PersonField, String> copy = new EnumMap<>(PersonField.class);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(field, value);
            }
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The raw value of a field, or null when the record does not have it. */
    public String get(PersonField field) {
        return values.get(field);
    }

    /** Starts a record with the given id; convenient for callers building records in code. */
    public static Builder withId(String id) {
        return new Builder(id);
    }

    /** Fluent builder for {@link PersonRecord}. */
    public static final class Builder {
        private final String id;
        private final EnumMap<PersonField, String> values = new EnumMap<>(PersonField.class);

        private Builder(String id) {
            this.id = id;
        }

        public Builder set(PersonField field, String value) {
            values.put(field, value);
            return this;
        }

        public PersonRecord build() {
            return new PersonRecord(id, values);
        }
    }
}
