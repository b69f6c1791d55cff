package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CompanyNumberTest {

    @ParameterizedTest
    @CsvSource({"6402,00006402", "00006402,00006402", "sc421617,SC421617", "SC 421617,SC421617", "GB-COH-08209948,08209948",
            " 0820 9948 ,08209948", "FC031362,FC031362"})
    void readsWhatApplicantsWrite(String answer, String number) {
        assertThat(CompanyNumber.read(answer).number().value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../officers", "00006402/../../x", "1?items=1", "0000%2F6402", "SC12345", "123456789", "S1234567",
            "０００６４０２", "00006402\u0000", "ＳＣ421617", "١٢٣٤٥٦٧٨", "0000640\u0662", "SC42161 7x", "<script>"})
    void refusesAnythingThatIsNotACompanyNumberBeforeItReachesAUrl(String hostile) {
        var reading = CompanyNumber.read(hostile);
        assertThat(reading.ok()).isFalse();
        assertThat(reading.problem()).doesNotContain("/", "?", "<", "%");
    }

    @Test
    void refusesA10KilobyteAnswerWithoutEchoingIt() {
        var reading = CompanyNumber.read("1".repeat(10_240));
        assertThat(reading.ok()).isFalse();
        assertThat(reading.problem()).contains("10240 characters").hasSizeLessThan(100);
    }

    @Test
    void whateverIsTypedEitherBecomesAWellFormedNumberOrIsRefused() {
        var random = new java.util.Random(25);
        for (int i = 0; i < 20_000; i++) {
            var answer = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                // Mostly ASCII, some punctuation, some of the rest of the BMP.
                answer.append(random.nextInt(4) == 0 ? (char) random.nextInt(0xD7FF) : "0123456789ABSCOabsc -/.%?"
                        .charAt(random.nextInt(25)));
            }
            var reading = CompanyNumber.read(answer.toString());
            if (reading.ok()) {
                assertThat(reading.number().value()).matches("([0-9]{8}|[A-Z]{2}[0-9]{6})");
            } else {
                assertThat(reading.problem()).isNotBlank();
            }
        }
    }

    @Test
    void saysWhenNoNumberWasGiven() {
        assertThat(CompanyNumber.read("  ").problem()).isEqualTo("no company number was given");
        assertThat(CompanyNumber.read(null).ok()).isFalse();
    }
}
