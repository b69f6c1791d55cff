package org.frontdoor.people.internal;

import java.util.Map;
import org.frontdoor.linkage.record.PersonField;

/**
 * A source system and how far each of its fields is trusted (0-100, absent = 0).
 *
 * @param id    short key, for example {@code tax}
 * @param name  shown to staff, for example {@code Tax}
 * @param trust trust level per field
 */
public record Source(String id, String name, Map<PersonField, Integer> trust) {

    /** The source of case applicants' own account details. */
    static final String FRONTDOOR = "frontdoor";

    public Source {
        trust = Map.copyOf(trust);
    }

    public int trustIn(PersonField field) {
        return trust.getOrDefault(field, 0);
    }

    /** The trusted fields in the order of a person's record (given name first), as pages list them. */
    public String trustDescribed() {
        var parts = new java.util.ArrayList<String>();
        for (PersonField field : PersonField.values()) {
            if (trust.containsKey(field)) {
                parts.add(field.key().replace('_', ' ') + " " + trust.get(field));
            }
        }
        return parts.isEmpty() ? "none given" : String.join(", ", parts);
    }
}
