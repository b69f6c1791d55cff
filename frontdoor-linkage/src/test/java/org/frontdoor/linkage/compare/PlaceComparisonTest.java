package org.frontdoor.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.frontdoor.linkage.People;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.junit.jupiter.api.Test;

class PlaceComparisonTest {

    private static String level(String postcodeA, String townA, String postcodeB, String townB) {
        PlaceComparison place = new PlaceComparison();
        var a = People.prepared(PersonRecord.withId("a").set(PersonField.POSTCODE, postcodeA)
                .set(PersonField.LOCALITY, townA).build());
        var b = People.prepared(PersonRecord.withId("b").set(PersonField.POSTCODE, postcodeB)
                .set(PersonField.LOCALITY, townB).build());
        int level = place.level(a, b);
        return level == 0 ? "missing" : place.levelLabels().get(level - 1);
    }

    @Test
    void normalisesPostcodesBeforeComparing() {
        assertThat(level("ls1 4ab", "Leeds", "LS14AB", "LEEDS")).isEqualTo("postcode and locality");
    }

    @Test
    void gradesPartialAgreement() {
        assertThat(level("LS1 4AB", "Leeds", "LS1 4AB", "Headingley")).isEqualTo("postcode");
        assertThat(level("LS1 4AB", "Leeds", "LS6 3XX", "Leeds")).isEqualTo("locality");
        assertThat(level("LS1 4AB", "Leeds", "LS1 4AX", "Bradford")).startsWith("postcode one edit");
        assertThat(level("LS1 4AB", "Leeds", "LS1 9ZZ", "Bradford")).isEqualTo("postcode district or state");
    }

    @Test
    void replacesSeparatePostcodeAndLocalityComparisons() {
        List<Comparison> comparisons = Comparisons.forFields(
                EnumSet.of(PersonField.SURNAME, PersonField.POSTCODE, PersonField.LOCALITY, PersonField.STATE));
        assertThat(comparisons).extracting(Comparison::name).containsExactly("surname", "place");
    }
}
