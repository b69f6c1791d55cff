package org.frontdoor.diligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.frontdoor.diligence.internal.ModulusChecking.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Modulus checking against the tables shipped in the app. The data folder holds the two tables
 * but no test vectors, so two kinds of vectors are used: ones worked out by hand from the weight
 * table (the sums are in the comments) and the example accounts printed in Vocalink's public
 * "Validating account numbers" specification, which name the rule or exception each exercises.
 */
class ModulusCheckingTest {

    private static final ModulusChecking CHECKING = new ModulusChecking(shippedTables());

    static ModulusTables shippedTables() {
        return ModulusTables.read(resource("valacdos.txt"), resource("scsubtab.txt"), "test");
    }

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(
                ModulusCheckingTest.class.getResourceAsStream("/diligence/uk_bank_modulus/" + name), StandardCharsets.US_ASCII));
    }

    @Test
    void readsEveryRuleOfTheShippedTable() {
        assertThat(shippedTables().ruleCount()).isEqualTo(1060);
    }

    /*
     * Worked by hand. Sort code 010004 has one rule: MOD11, weights 0 0 0 0 0 0 8 7 6 5 4 3 2 1.
     * Account 00000019: 1*2 + 9*1 = 11, and 11 % 11 == 0, so it passes; 00000018 gives 10 and
     * fails. Sort code 040004 has one rule, DBLAL with the same weights: account 00000091 gives the
     * products 18 and 1, whose digits sum to 1 + 8 + 1 = 10, which passes; 00000019 gives 2 and 9,
     * 11, which fails; 00000073 gives 14 and 3, digits 1 + 4 + 3 = 8, which fails.
     */
    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "010004, 00000019, VALID",
            "010004, 00000018, INVALID",
            "040004, 00000091, VALID",
            "040004, 00000019, INVALID",
            "040004, 00000073, INVALID",
    })
    void handWorkedVectors(String sortCode, String account, Status expected) {
        assertThat(CHECKING.check(sortCode, account).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "089999, 66374958, VALID,   modulus 10 and 11 pass",
            "107999, 88837491, VALID,   modulus 11 and double alternate pass",
            "202959, 63748472, VALID,   modulus 11 and double alternate pass (exception 6 rule, not foreign currency)",
            "871427, 46238510, VALID,   exceptions 10 and 11, first passes",
            "872427, 46238510, VALID,   exceptions 10 and 11, first passes",
            "871427, 09123496, VALID,   exception 10, ab = 09 and g = 9",
            "871427, 99123496, VALID,   exception 10, ab = 99 and g = 9",
            "820000, 73688637, VALID,   exception 3, c = 6 so no double alternate",
            "827999, 73988638, VALID,   exception 3, c = 9 so no double alternate",
            "827101, 28748352, VALID,   exception 3, both checks",
            "134020, 63849203, VALID,   exception 4",
            "118765, 64371389, VALID,   exception 1",
            "200915, 41011166, NOT_CHECKABLE, exception 6, foreign currency account (the specification: presumed valid)",
            "938611, 07806039, VALID,   exception 5",
            "938600, 42368003, VALID,   exception 5, substituted sort code",
            "938063, 55065200, VALID,   exception 5, remainder 0 and g = 0",
            "772798, 99345694, VALID,   exception 7, g = 9",
            "086090, 06774744, VALID,   exception 8",
            "309070, 02355688, VALID,   exceptions 2 and 9, first check passes",
            "309070, 12345668, VALID,   exceptions 2 and 9, first fails and second passes with 309634",
            "309070, 12345677, VALID,   exceptions 2 and 9, a not 0 and g not 9",
            "309070, 99345694, VALID,   exceptions 2 and 9, a not 0 and g = 9",
            "938063, 15764273, INVALID, exception 5, first check digit wrong",
            "938063, 15764264, INVALID, exception 5, second check digit wrong",
            "938063, 15763217, INVALID, exception 5, first check remainder 1",
            "118765, 64371388, INVALID, exception 1 fails",
            "203099, 66831036, INVALID, first passes and second fails",
            "203099, 58716970, INVALID, first fails and second passes",
            "089999, 66374959, INVALID, modulus 10 fails",
            "107999, 88837493, INVALID, modulus 11 fails",
            "074456, 12345112, VALID,   exceptions 12 and 13",
            "070116, 34012583, VALID,   exceptions 12 and 13",
            "074456, 11104102, VALID,   exception 14, first check fails and the shifted number passes",
            "180002, 00000190, VALID,   exception 14, last digit 0 dropped",
    })
    void vocalinkExampleAccounts(String sortCode, String account, Status expected, String what) {
        var verdict = CHECKING.check(sortCode, account);
        assertThat(verdict.status()).as(what + ": " + verdict.steps()).isEqualTo(expected);
    }

    @Test
    void aSortCodeNoRuleCoversCannotBeCheckedAndSaysSo() {
        var verdict = CHECKING.check("00-00-01", "12345678");
        assertThat(verdict.status()).isEqualTo(Status.NOT_CHECKABLE);
        assertThat(verdict.reason()).contains("000001");
    }

    @Test
    void malformedNumbersAreInvalidWithAReason() {
        assertThat(CHECKING.check("1234", "12345678").reason()).isEqualTo("The sort code is not six digits");
        assertThat(CHECKING.check("089999", "12a45678").reason()).isEqualTo("The account number is not six to eight digits");
    }

    @Test
    void explainsEachStep() {
        var verdict = CHECKING.check("08-99-99", "66374958");
        assertThat(verdict.steps()).anyMatch(s -> s.startsWith("MOD10 on 089999 66374958: total"));
    }

    @Test
    void refusesATableLineWithTheWrongNumberOfFields() {
        var broken = new BufferedReader(new StringReader("010004 016715 MOD11 0 0 0\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModulusTables.read(broken, new BufferedReader(new StringReader("")), "x"))
                .hasMessageContaining("line 1");
    }
}
