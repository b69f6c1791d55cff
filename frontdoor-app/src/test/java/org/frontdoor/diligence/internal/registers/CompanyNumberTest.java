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
    void saysWhenNoNumberWasGiven() {
        assertThat(CompanyNumber.read("  ").problem()).isEqualTo("no company number was given");
        assertThat(CompanyNumber.read(null).ok()).isFalse();
    }
}
