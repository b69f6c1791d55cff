package org.frontdoor.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.linkage.People;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.junit.jupiter.api.Test;

class TextComparisonTest {

    private static String emailLevel(String a, String b) {
        TextComparison email = TextComparison.email();
        int level = email.level(People.prepared(PersonRecord.withId("a").set(PersonField.EMAIL, a).build()),
                People.prepared(PersonRecord.withId("b").set(PersonField.EMAIL, b).build()));
        return level == 0 ? "missing" : email.levelLabels().get(level - 1);
    }

    @Test
    void normalisesEmailCaseAndSpaces() {
        assertThat(emailLevel(" Robert.Smith@Example.com", "robert.smith@example.com")).isEqualTo("exact");
    }

    @Test
    void toleratesTyposInEmailLetters() {
        assertThat(emailLevel("robert255@smith.net", "roberta25@smith.net")).isEqualTo("levenshtein<=2");
    }

    @Test
    void treatsEmailsDifferingOnlyInDigitsAsDifferentAccounts() {
        assertThat(emailLevel("olivia.hanna95@mail.example", "olivia.hanna10@mail.example")).isEqualTo("else");
        assertThat(TextComparison.differOnlyInDigits("ann1@x.y", "ann@x.y")).isTrue();
        assertThat(TextComparison.differOnlyInDigits("ann1@x.y", "anne1@x.y")).isFalse();
    }

    @Test
    void comparesPhonesOnTheirLastNineDigits() {
        TextComparison phone = TextComparison.phone();
        var a = People.prepared(PersonRecord.withId("a").set(PersonField.PHONE, "+44 7700 900123").build());
        var b = People.prepared(PersonRecord.withId("b").set(PersonField.PHONE, "07700-900123").build());
        assertThat(phone.level(a, b)).isEqualTo(1);
    }
}
