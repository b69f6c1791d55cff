package org.frontdoor.diligence.internal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifierTest {

    @Test
    void bankAccountIsDigitsWithShortAccountsPaddedToEight() {
        assertThat(value(Identifier.bankAccount("08-99-99", "6637 4958"))).isEqualTo("089999:66374958");
        assertThat(value(Identifier.bankAccount(" 089999 ", "637495"))).isEqualTo("089999:00637495");
        assertThat(Identifier.bankAccount("08-99-99", "1234567")).isEqualTo(Identifier.bankAccount("089999", "01234567"));
    }

    @Test
    void bankAccountWithoutASixDigitSortCodeOrARealAccountIsNotCompared() {
        assertThat(Identifier.bankAccount("0899", "66374958")).isEmpty();
        assertThat(Identifier.bankAccount("089999", "123")).isEmpty();
        assertThat(Identifier.bankAccount(null, "66374958")).isEmpty();
        // Arabic-Indic digits are not a UK sort code.
        assertThat(Identifier.bankAccount("٠٨٩٩٩٩", "66374958")).isEmpty();
    }

    @Test
    void emailIsCaseFoldedWithoutPlusTags() {
        assertThat(value(Identifier.email("Jo.Trustee+grants@Village-Hall.example"))).isEqualTo("jo.trustee@village-hall.example");
    }

    @Test
    void gmailIgnoresDotsAndGooglemailIsGmail() {
        assertThat(value(Identifier.email("J.O.Trustee+x@googlemail.com"))).isEqualTo("jotrustee@gmail.com");
        assertThat(Identifier.email("jotrustee@gmail.com")).isEqualTo(Identifier.email("jo.trustee@GMAIL.com"));
    }

    @Test
    void dotsCountOutsideGmail() {
        assertThat(Identifier.email("jo.trustee@example.org")).isNotEqualTo(Identifier.email("jotrustee@example.org"));
    }

    @Test
    void notAnEmailIsNotCompared() {
        assertThat(Identifier.email("no at sign")).isEmpty();
        assertThat(Identifier.email("@example.org")).isEmpty();
        assertThat(Identifier.email("jo\u0000@example.org")).isEmpty();
        assertThat(Identifier.email("a".repeat(100_000) + "@example.org")).isEmpty();
    }

    @Test
    void ukNationalAndInternationalFormsOfOneNumberAreTheSame() {
        assertThat(value(Identifier.phone("01632 960000"))).isEqualTo("+441632960000");
        assertThat(Identifier.phone("+44 (0)1632-960000")).isNotEqualTo(Identifier.phone("01632 960000"));
        assertThat(Identifier.phone("+44 1632 960000")).isEqualTo(Identifier.phone("01632 960000"));
        assertThat(Identifier.phone("0044 1632 960000")).isEqualTo(Identifier.phone("01632960000"));
        assertThat(value(Identifier.phone("+1 202 555 0143"))).isEqualTo("+12025550143");
    }

    @Test
    void tooShortOrTooLongIsNotAPhoneNumber() {
        assertThat(Identifier.phone("12345")).isEmpty();
        assertThat(Identifier.phone("+1234567890123456")).isEmpty();
        assertThat(Identifier.phone("9".repeat(10_000))).isEmpty();
    }

    @Test
    void addressIsPostcodeAndFirstLineWordsWhateverThePunctuationAndCase() {
        var typed = Map.of("line1", "Village Hall, Church Lane", "town", "Ambridge", "postcode", "sw1a 2aa");
        var retyped = Map.of("line1", "  village hall church-lane ", "town", "AMBRIDGE", "postcode", "SW1A2AA");
        assertThat(value(Identifier.address(typed))).isEqualTo("SW1A2AA|village hall church lane");
        assertThat(Identifier.address(retyped)).isEqualTo(Identifier.address(typed));
    }

    @Test
    void accentsAndFullWidthLettersAreFolded() {
        var accented = Map.of("line1", "Café Ｒｏｗ", "postcode", "SW1A 2AA");
        assertThat(value(Identifier.address(accented))).isEqualTo("SW1A2AA|cafe row");
    }

    @Test
    void addressWithoutARealPostcodeOrFirstLineIsNotCompared() {
        assertThat(Identifier.address(Map.of("line1", "1 High Street", "postcode", "not a postcode"))).isEmpty();
        assertThat(Identifier.address(Map.of("line1", "--", "postcode", "SW1A 2AA"))).isEmpty();
        assertThat(Identifier.address("1 High Street, SW1A 2AA")).isEmpty();
        assertThat(Identifier.address(null)).isEmpty();
    }

    @Test
    void hostileInputStaysBounded() {
        var huge = Map.of("line1", "x ".repeat(1_000_000), "postcode", "SW1A 2AA");
        assertThat(value(Identifier.address(huge)).length()).isLessThanOrEqualTo(Identifier.MAX_LENGTH);
        var sql = Map.of("line1", "1'; drop table cases; --", "postcode", "SW1A 2AA");
        assertThat(value(Identifier.address(sql))).isEqualTo("SW1A2AA|1 drop table cases");
    }

    private static String value(Optional<Identifier> identifier) {
        return identifier.orElseThrow().value();
    }
}
