package org.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontdoor.linkage.record.PersonField;
import org.junit.jupiter.api.Test;

class FieldDisplayTest {

    @Test
    void datesOfBirthAreShownInWordsAndEverythingElseAsStored() {
        assertThat(FieldDisplay.shown(PersonField.DATE_OF_BIRTH, "1979-11-03")).isEqualTo("3 November 1979");
        assertThat(FieldDisplay.shown(PersonField.DATE_OF_BIRTH, "03/11/1979")).isEqualTo("03/11/1979");
        assertThat(FieldDisplay.shown(PersonField.POSTCODE, "M1 2AB")).isEqualTo("M1 2AB");
        assertThat(FieldDisplay.shown(PersonField.DATE_OF_BIRTH, null)).isNull();
    }

    @Test
    void aSourcesTrustIsListedInTheOrderOfARecord() {
        var source = new Source("tax", "Tax", Map.of(PersonField.IDENTIFIER, 90, PersonField.GIVEN_NAME, 70,
                PersonField.DATE_OF_BIRTH, 80));
        assertThat(source.trustDescribed()).isEqualTo("given name 70, date of birth 80, identifier 90");
        assertThat(new Source("x", "X", Map.of()).trustDescribed()).isEqualTo("none given");
    }
}
