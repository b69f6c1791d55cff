package org.frontdoor.linkage.blocking;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * A blocking rule: two records are candidates when every part of the rule's key is present and equal.
 * Parts are a field's whole normalised value, its first letter ({@code initial(given_name)}), the year of
 * a date ({@code year(date_of_birth)}), or {@code names}: given name and surname in either order, so that
 * swapped names still meet. Written in configuration as parts joined by {@code &}, e.g.
 * {@code surname & year(date_of_birth)}.
 *
 * @param text  the rule as written
 * @param parts its key parts
 */
public record BlockingRule(String text, List<Part> parts) {

    /** How a part of the key is derived from a field. */
    public enum Transform { VALUE, INITIAL, YEAR, FIRST3, UNORDERED_NAMES }

    /** One part of the key. */
    public record Part(PersonField field, Transform transform) {
    }

    public BlockingRule {
        parts = List.copyOf(parts);
    }

    /** Parses a rule such as {@code given_name & surname}, {@code names & postcode} or {@code initial(surname) & date_of_birth}. */
    public static BlockingRule parse(String text) {
        List<Part> parts = new ArrayList<>();
        for (String raw : text.split("&")) {
            String part = raw.trim().toLowerCase(Locale.ROOT);
            if (part.equals("names")) {
                parts.add(new Part(PersonField.GIVEN_NAME, Transform.UNORDERED_NAMES));
                continue;
            }
            Transform transform = Transform.VALUE;
            int open = part.indexOf('(');
            if (open > 0 && part.endsWith(")")) {
                transform = switch (part.substring(0, open).trim()) {
                    case "initial" -> Transform.INITIAL;
                    case "year" -> Transform.YEAR;
                    case "first3" -> Transform.FIRST3;
                    default -> throw new IllegalArgumentException("unknown blocking function in: " + text);
                };
                part = part.substring(open + 1, part.length() - 1).trim();
            }
            parts.add(new Part(PersonField.fromKey(part), transform));
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty blocking rule");
        }
        return new BlockingRule(text.trim(), parts);
    }

    /** Fields the rule needs. */
    public Set<PersonField> fields() {
        Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
        for (Part part : parts) {
            fields.add(part.field());
            if (part.transform() == Transform.UNORDERED_NAMES) {
                fields.add(PersonField.SURNAME);
            }
        }
        return fields;
    }

    /**
     * A 64-bit hash of the record's key, never 0; 0 when any part is missing (the record is in no block).
     * Equal keys give equal hashes; distinct keys collide with negligible probability, and a collision only
     * adds a candidate pair, it never loses one.
     */
    public long key(PreparedRecord record) {
        long hash = 0xcbf29ce484222325L;
        for (Part part : parts) {
            if (part.field() == PersonField.DATE_OF_BIRTH
                    && (part.transform() == Transform.VALUE || part.transform() == Transform.YEAR)) {
                // Dates are hashed from their numbers: formatting a string per record and rule costs more.
                if (record.birthYear() == 0) {
                    return 0;
                }
                int number = part.transform() == Transform.YEAR ? record.birthYear()
                        : record.birthYear() * 10000 + record.birthMonth() * 100 + record.birthDay();
                hash = (hash ^ number) * 0x100000001b3L;
                hash = (hash ^ 0x1E) * 0x100000001b3L;
                continue;
            }
            String value = valueOf(part, record);
            if (value == null) {
                return 0;
            }
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1F) * 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    private static String valueOf(Part part, PreparedRecord record) {
        return switch (part.transform()) {
            case VALUE -> record.text(part.field());
            case INITIAL -> {
                String v = record.text(part.field());
                yield v == null ? null : v.substring(0, 1);
            }
            case FIRST3 -> {
                String v = record.text(part.field());
                yield v == null ? null : v.substring(0, Math.min(3, v.length()));
            }
            case YEAR -> record.birthYear() == 0 ? null : Integer.toString(record.birthYear());
            case UNORDERED_NAMES -> {
                String g = record.givenName();
                String s = record.surname();
                if (g == null || s == null) {
                    yield null;
                }
                yield g.compareTo(s) <= 0 ? g + "|" + s : s + "|" + g;
            }
        };
    }

    /**
     * Default rules for the fields present: each pair of the strong person fields (names, date of birth,
     * postcode or else locality), plus any direct identifier (e-mail, phone, national id) on its own. Unioned,
     * they tolerate an error in any one field while keeping blocks small.
     */
    public static List<BlockingRule> defaultsFor(Set<PersonField> present) {
        List<String> rules = new ArrayList<>();
        boolean given = present.contains(PersonField.GIVEN_NAME);
        boolean surname = present.contains(PersonField.SURNAME);
        boolean dob = present.contains(PersonField.DATE_OF_BIRTH);
        PersonField place = present.contains(PersonField.POSTCODE) ? PersonField.POSTCODE
                : present.contains(PersonField.LOCALITY) ? PersonField.LOCALITY : null;
        if (given && surname) {
            rules.add("names");
        }
        if (surname && dob) {
            rules.add("surname & date_of_birth");
        }
        if (given && dob) {
            rules.add("given_name & date_of_birth");
        }
        if (dob && place != null) {
            rules.add("date_of_birth & " + place.key());
        }
        if (surname && place != null) {
            rules.add("surname & " + place.key());
        }
        if (given && place != null) {
            rules.add("given_name & " + place.key());
        }
        if (given && surname && dob) {
            rules.add("first3(given_name) & first3(surname) & year(date_of_birth)");
        }
        for (PersonField direct : List.of(PersonField.IDENTIFIER, PersonField.EMAIL, PersonField.PHONE)) {
            if (present.contains(direct)) {
                rules.add(direct.key());
            }
        }
        if (present.contains(PersonField.ADDRESS) && (surname || given)) {
            rules.add("address & " + (surname ? "initial(surname)" : "initial(given_name)"));
        }
        if (rules.isEmpty()) {
            for (PersonField field : present) {
                rules.add(field.key());
            }
        }
        return rules.stream().map(BlockingRule::parse).toList();
    }

    /**
     * Looser rules that find pairs with errors in several fields at once. They are worth their cost on small
     * and medium files but would produce far too many pairs on large ones, so callers add each only when its
     * pair count stays within a budget (see {@link CandidatePairs#estimatePairs}).
     */
    public static List<BlockingRule> looseDefaultsFor(Set<PersonField> present) {
        List<String> rules = new ArrayList<>();
        boolean given = present.contains(PersonField.GIVEN_NAME);
        boolean surname = present.contains(PersonField.SURNAME);
        boolean dob = present.contains(PersonField.DATE_OF_BIRTH);
        if (dob) {
            rules.add("date_of_birth");
        }
        if (given && surname) {
            rules.add("initial(given_name) & initial(surname)");
        }
        if (given && dob) {
            rules.add("given_name & year(date_of_birth)");
        }
        if (surname && dob) {
            rules.add("surname & year(date_of_birth)");
        }
        if (present.contains(PersonField.POSTCODE)) {
            rules.add("postcode");
        }
        if (present.contains(PersonField.LOCALITY) && surname) {
            rules.add("locality & initial(surname)");
        }
        if (surname) {
            rules.add("surname");
        }
        if (given) {
            rules.add("given_name");
        }
        return rules.stream().map(BlockingRule::parse).toList();
    }
}
