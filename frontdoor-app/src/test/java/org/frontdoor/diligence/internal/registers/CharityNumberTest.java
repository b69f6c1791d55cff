package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharityNumberTest {

    @ParameterizedTest
    @CsvSource({"1000611,CCEW,1000611", "1000611-1,CCEW,1000611", "0216355,CCEW,216355", "sc002327,OSCR,SC002327",
            "NIC 100012,CCNI,100012"})
    void readsEachRegistersNumbers(String answer, String register, String number) {
        var read = CharityNumber.read(answer);
        assertThat(read.register()).isEqualTo(register);
        assertThat(read.number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../1000611", "1000611;drop", "１０００６１１", "SC12", "charity"})
    void refusesWhatIsNotACharityNumber(String answer) {
        var read = CharityNumber.read(answer);
        assertThat(read.register()).isNull();
        assertThat(read.problem()).isNotBlank();
    }
}
