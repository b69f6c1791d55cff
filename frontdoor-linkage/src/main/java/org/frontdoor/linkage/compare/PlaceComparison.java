package org.frontdoor.linkage.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * Compares where a person lives as one piece of evidence: postcode, locality and (if present) state together.
 * They are strongly dependent (a postcode almost fixes the town and state), so comparing them separately
 * would count the same agreement two or three times and make neighbours look like the same person.
 * Levels: postcode and locality both agree, postcode agrees, locality agrees, postcode one edit off or
 * locality similar, same postcode district or same state, else.
 */
public final class PlaceComparison implements Comparison {

    private static final List<String> LABELS = List.of("postcode and locality", "postcode", "locality",
            "postcode one edit or locality jaro-winkler>=0.9", "postcode district or state", "else");

    @Override
    public String name() {
        return "place";
    }

    @Override
    public PersonField field() {
        return PersonField.POSTCODE;
    }

    @Override
    public Set<PersonField> fields() {
        return EnumSet.of(PersonField.POSTCODE, PersonField.LOCALITY, PersonField.STATE);
    }

    @Override
    public List<String> levelLabels() {
        return LABELS;
    }

    @Override
    public int level(PreparedRecord a, PreparedRecord b) {
        boolean postcodes = a.postcode() != null && b.postcode() != null;
        boolean localities = a.locality() != null && b.locality() != null;
        boolean states = a.state() != null && b.state() != null;
        if (!postcodes && !localities && !states) {
            return MISSING;
        }
        boolean samePostcode = postcodes && a.postcode().equals(b.postcode());
        boolean sameLocality = localities && a.locality().equals(b.locality());
        if (samePostcode && (sameLocality || !localities)) {
            return sameLocality ? 1 : 2;
        }
        if (samePostcode) {
            return 2;
        }
        if (sameLocality) {
            return 3;
        }
        if ((postcodes && Levenshtein.within(a.postcode(), b.postcode(), 1))
                || (localities && JaroWinkler.upperBound(a.locality(), b.locality()) >= 0.9
                        && JaroWinkler.similarity(a.locality(), b.locality()) >= 0.9)) {
            return 4;
        }
        if ((postcodes && a.postcode().length() > 3 && b.postcode().length() > 3
                && a.postcode().regionMatches(0, b.postcode(), 0, 3))
                || (states && a.state().equals(b.state()))) {
            return 5;
        }
        return 6;
    }
}
