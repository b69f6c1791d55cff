package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompanyOffsetsTest {

    @Test
    void findsEachNumbersOffsetAndTheLaterOfTwoRows() {
        var offsets = new CompanyOffsets();
        offsets.add("00006402", 10);
        offsets.add("SC421617", 20);
        offsets.add("ZZ999999", CompanyOffsets.LARGEST_FILE);
        offsets.add("IP29151R", 40);
        offsets.add("00006402", 50);
        offsets.seal();
        assertThat(offsets.find("00006402")).isEqualTo(50);
        assertThat(offsets.find("SC421617")).isEqualTo(20);
        assertThat(offsets.find("ZZ999999")).isEqualTo(CompanyOffsets.LARGEST_FILE);
        assertThat(offsets.find("IP29151R")).isEqualTo(40);
        assertThat(offsets.find("00006403")).isEqualTo(-1);
        assertThat(offsets.find("SC421618")).isEqualTo(-1);
    }

    @Test
    void everyWellFormedNumberHasItsOwnPositiveThirtyBitKey() {
        var random = new Random(6);
        var keys = new HashSet<Long>();
        var numbers = new HashSet<String>();
        for (int i = 0; i < 100_000; i++) {
            String number = random.nextBoolean() ? "%08d".formatted(random.nextInt(100_000_000))
                    : "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + "%06d".formatted(random.nextInt(1_000_000));
            long key = CompanyOffsets.key(number);
            assertThat(key).isBetween(0L, (1L << 30) - 1);
            if (numbers.add(number)) {
                assertThat(keys.add(key)).as(number).isTrue();
            }
        }
    }
}
