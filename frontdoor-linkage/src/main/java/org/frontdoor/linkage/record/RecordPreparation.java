package org.frontdoor.linkage.record;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns raw {@link PersonRecord}s into {@link PreparedRecord}s. Pure and thread-safe. */
public final class RecordPreparation {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "mx", "sir", "prof", "rev");

    private final Nicknames nicknames;

    public RecordPreparation(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    /** Preparation with the built-in nickname table. */
    public static RecordPreparation standard() {
        return new RecordPreparation(Nicknames.builtIn());
    }

    /** Normalises every field of the record; never fails on odd input, it just leaves the field missing. */
    public PreparedRecord prepare(PersonRecord record) {
        String given = name(record.get(PersonField.GIVEN_NAME));
        String surname = name(record.get(PersonField.SURNAME));
        BirthDate dob = BirthDate.parse(record.get(PersonField.DATE_OF_BIRTH));
        String address = TextNormalisation.address(record.get(PersonField.ADDRESS));
        String[] tokens = address == null ? null
                : new LinkedHashSet<>(Arrays.asList(address.split(" "))).toArray(String[]::new);
        String email = TextNormalisation.text(record.get(PersonField.EMAIL)) == null ? null
                : record.get(PersonField.EMAIL).trim().toLowerCase(java.util.Locale.ROOT);
        String phone = TextNormalisation.digits(record.get(PersonField.PHONE));
        if (phone != null && phone.length() < 6) {
            phone = null;
        } else if (phone != null && phone.length() > 9) {
            // Country and trunk prefixes vary between systems; the subscriber number is the last nine digits.
            phone = phone.substring(phone.length() - 9);
        }
        String gender = TextNormalisation.text(record.get(PersonField.GENDER));
        return new PreparedRecord(
                record.id(),
                given,
                nicknames.canonicalOf(given),
                surname,
                dob.year(), dob.month(), dob.day(),
                address,
                tokens,
                TextNormalisation.text(record.get(PersonField.LOCALITY)),
                TextNormalisation.alphanumeric(record.get(PersonField.POSTCODE)),
                TextNormalisation.text(record.get(PersonField.STATE)),
                email,
                phone,
                gender == null ? null : gender.substring(0, 1),
                TextNormalisation.alphanumeric(record.get(PersonField.IDENTIFIER)));
    }

    private static String name(String raw) {
        String s = TextNormalisation.text(raw);
        if (s == null) {
            return null;
        }
        int space = s.indexOf(' ');
        if (space > 0 && TITLES.contains(s.substring(0, space))) {
            s = s.substring(space + 1);
        }
        return s;
    }
}
