package org.frontdoor.screening.names;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The score screening asks for first is exactly the score of the explained comparison. */
class SimilarityWithoutExplanationTest {

    private final NameMatcher matcher = new NameMatcher();

    @Test
    void similarityIsTheScoreOfTheExplainedComparisonForEveryHandLabelledPair() throws IOException {
        List<CSVRecord> pairs;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/pairs/hand_labelled_pairs.csv"),
                StandardCharsets.UTF_8)) {
            pairs = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(pairs).hasSizeGreaterThan(50);
        for (CSVRecord pair : pairs) {
            for (Schema schema : List.of(Schema.PERSON, Schema.COMPANY, Schema.ANY)) {
                NormalisedName a = matcher.normaliser().normalise(pair.get("name1"), schema);
                NormalisedName b = matcher.normaliser().normalise(pair.get("name2"), schema);
                assertThat(matcher.similarity(a, b)).as("%s / %s as %s", pair.get("name1"), pair.get("name2"), schema)
                        .isEqualTo(matcher.compare(a, b).score());
            }
        }
    }

    @Test
    void anAcronymScoresAlikeWithAndWithoutExplanation() {
        NormalisedName acronym = matcher.normaliser().normalise("MERI", Schema.COMPANY);
        NormalisedName full = matcher.normaliser().normalise("Molecular Electronics Research Institute", Schema.COMPANY);
        NormalisedName longer = matcher.normaliser().normalise("Molecular Electronics Research Institute of Moscow",
                Schema.COMPANY);
        assertThat(matcher.similarity(acronym, full)).isEqualTo(matcher.compare(acronym, full).score())
                .isGreaterThanOrEqualTo(0.85);
        assertThat(matcher.similarity(longer, acronym)).isEqualTo(matcher.compare(longer, acronym).score());
        assertThat(matcher.similarity(acronym, matcher.normaliser().normalise("", Schema.COMPANY))).isZero();
    }
}
