package org.frontdoor.screening;

import org.frontdoor.screening.names.Schema;

/**
 * A party to screen.
 *
 * @param name      the name as written, in any script; required
 * @param schema    the kind of party, {@link Schema#ANY} when unknown
 * @param birthDate date of birth as ISO {@code yyyy-MM-dd} or {@code yyyy}, or null
 * @param country   nationality or country as an ISO 3166 alpha-2 code or an English name, or null
 */
public record ScreeningQuery(String name, Schema schema, String birthDate, String country) {

    public ScreeningQuery {
        if (name == null) {
            throw new IllegalArgumentException("name is required");
        }
        schema = schema == null ? Schema.ANY : schema;
    }

    /** A query by name only. */
    public static ScreeningQuery byName(String name) {
        return new ScreeningQuery(name, Schema.ANY, null, null);
    }
}
