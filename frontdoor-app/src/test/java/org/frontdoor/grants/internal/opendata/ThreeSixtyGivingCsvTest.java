package org.frontdoor.grants.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeSixtyGivingCsvTest {

    @Test
    void guardsEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(ThreeSixtyGivingCsv.guarded("=1+1")).isEqualTo("'=1+1");
        assertThat(ThreeSixtyGivingCsv.guarded("+44 20")).isEqualTo("'+44 20");
        assertThat(ThreeSixtyGivingCsv.guarded("-2")).isEqualTo("'-2");
        assertThat(ThreeSixtyGivingCsv.guarded("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ThreeSixtyGivingCsv.guarded("\t=1")).isEqualTo("'\t=1");
        assertThat(ThreeSixtyGivingCsv.guarded("Green Streets = good")).isEqualTo("Green Streets = good");
        assertThat(ThreeSixtyGivingCsv.guarded("")).isEmpty();
    }

    @Test
    void quotesTheWayRfc4180Says() {
        assertThat(ThreeSixtyGivingCsv.quoted("plain")).isEqualTo("plain");
        assertThat(ThreeSixtyGivingCsv.quoted("a, b")).isEqualTo("\"a, b\"");
        assertThat(ThreeSixtyGivingCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ThreeSixtyGivingCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
