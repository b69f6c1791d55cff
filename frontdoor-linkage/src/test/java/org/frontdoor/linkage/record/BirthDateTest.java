package org.frontdoor.linkage.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthDateTest {

    @Test
    void readsCommonFormats() {
        assertThat(BirthDate.parse("19081209")).isEqualTo(new BirthDate(1908, 12, 9));
        assertThat(BirthDate.parse("1971-06-24")).isEqualTo(new BirthDate(1971, 6, 24));
        assertThat(BirthDate.parse("1971-06-24T00:00:00")).isEqualTo(new BirthDate(1971, 6, 24));
        assertThat(BirthDate.parse("24/06/1971")).isEqualTo(new BirthDate(1971, 6, 24));
        assertThat(BirthDate.parse("06/24/1971")).isEqualTo(new BirthDate(1971, 6, 24));
        assertThat(BirthDate.parse("1971")).isEqualTo(new BirthDate(1971, 0, 0));
    }

    @Test
    void pivotsTwoDigitYears() {
        assertThat(BirthDate.parse("24.06.71")).isEqualTo(new BirthDate(1971, 6, 24));
        assertThat(BirthDate.parse("24.06.05")).isEqualTo(new BirthDate(2005, 6, 24));
    }

    @Test
    void keepsImpossibleDatesAsEvidence() {
        assertThat(BirthDate.parse("19800231")).isEqualTo(new BirthDate(1980, 2, 31));
    }

    @Test
    void treatsUnreadableTextAsUnknown() {
        assertThat(BirthDate.parse("unknown")).isEqualTo(BirthDate.UNKNOWN);
        assertThat(BirthDate.parse(null)).isEqualTo(BirthDate.UNKNOWN);
    }

    @Test
    void composesSeparateColumns() {
        assertThat(BirthDate.fromParts("1980", "3", "7")).isEqualTo(new BirthDate(1980, 3, 7));
    }
}
