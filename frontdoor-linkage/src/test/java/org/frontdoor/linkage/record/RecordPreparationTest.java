package org.frontdoor.linkage.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordPreparationTest {

    private final RecordPreparation preparation = RecordPreparation.standard();

    @Test
    void foldsAccentsCaseApostrophesAndTitlesOutOfNames() {
        PreparedRecord r = preparation.prepare(PersonRecord.withId("1")
                .set(PersonField.GIVEN_NAME, "Mr. Zoë")
                .set(PersonField.SURNAME, "O'Brien-Núñez")
                .build());
        assertThat(r.givenName()).isEqualTo("zoe");
        assertThat(r.surname()).isEqualTo("obrien nunez");
    }

    @Test
    void mapsNicknamesToTheirCanonicalName() {
        assertThat(preparation.prepare(PersonRecord.withId("1").set(PersonField.GIVEN_NAME, "Bobby").build())
                .givenRoot()).isEqualTo("robert");
    }

    @Test
    void expandsStreetAbbreviationsAndKeepsDistinctAddressWords() {
        PreparedRecord r = preparation.prepare(PersonRecord.withId("1")
                .set(PersonField.ADDRESS, "12 Acacia Ave, Flat 3, 12 Acacia Ave").build());
        assertThat(r.address()).isEqualTo("12 acacia avenue flat 3 12 acacia avenue");
        assertThat(r.addressTokens()).containsExactly("12", "acacia", "avenue", "flat", "3");
    }

    @Test
    void normalisesIdentifiersPostcodesAndPhones() {
        PreparedRecord r = preparation.prepare(PersonRecord.withId("1")
                .set(PersonField.IDENTIFIER, "qq 12 34 56 c")
                .set(PersonField.POSTCODE, "sw1a 1aa")
                .set(PersonField.PHONE, "+44 (0)20 7946 0958")
                .set(PersonField.GENDER, "Female")
                .build());
        assertThat(r.identifier()).isEqualTo("QQ123456C");
        assertThat(r.postcode()).isEqualTo("SW1A1AA");
        // Country code and trunk zero vary between systems; the last nine digits identify the line.
        assertThat(r.phone()).isEqualTo("079460958");
        assertThat(r.gender()).isEqualTo("f");
    }

    @Test
    void leavesUnreadableValuesMissing() {
        PreparedRecord r = preparation.prepare(PersonRecord.withId("1")
                .set(PersonField.PHONE, "n/a")
                .set(PersonField.DATE_OF_BIRTH, "unknown")
                .set(PersonField.SURNAME, "???")
                .build());
        assertThat(r.phone()).isNull();
        assertThat(r.birthYear()).isZero();
        assertThat(r.surname()).isNull();
    }
}
