package org.frontdoor.linkage.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontdoor.linkage.record.PersonField;

/** The default comparison for each field; the model uses one comparison per field present in the data. */
public final class Comparisons {

    private Comparisons() {
    }

    /** Default comparison of a field. */
    public static Comparison forField(PersonField field) {
        return switch (field) {
            case GIVEN_NAME -> NameComparison.givenName();
            case SURNAME -> NameComparison.surname();
            case DATE_OF_BIRTH -> new DateComparison();
            case ADDRESS -> new AddressComparison();
            case LOCALITY -> TextComparison.locality();
            case POSTCODE -> TextComparison.postcode();
            case STATE -> TextComparison.state();
            case EMAIL -> TextComparison.email();
            case PHONE -> TextComparison.phone();
            case GENDER -> TextComparison.gender();
            case IDENTIFIER -> TextComparison.identifier();
        };
    }

    /** The comparison with the given {@link Comparison#name()}, as used in saved models. */
    public static Comparison byName(String name) {
        return name.equals("place") ? new PlaceComparison() : forField(PersonField.fromKey(name));
    }

    /**
     * Default comparisons for the fields present, in field order. When both postcode and locality are present,
     * they and the state are compared as one {@link PlaceComparison}, since they are far from independent.
     */
    public static List<Comparison> forFields(Set<PersonField> fields) {
        boolean place = fields.contains(PersonField.POSTCODE) && fields.contains(PersonField.LOCALITY);
        List<Comparison> result = new ArrayList<>();
        for (PersonField field : PersonField.values()) {
            if (!fields.contains(field)) {
                continue;
            }
            if (place && field == PersonField.POSTCODE) {
                result.add(new PlaceComparison());
            } else if (!(place && (field == PersonField.LOCALITY || field == PersonField.STATE))) {
                result.add(forField(field));
            }
        }
        return List.copyOf(result);
    }
}
