package org.frontdoor.screening.similarity;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.frontdoor.screening.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The jellyfish conformance vectors (string_similarity_vectors), row by row. */
class ComparatorConformanceTest {

    @Test
    void jaroMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("jaro_distance.csv")) {
            assertThat(JaroWinkler.jaro(r.get(0), r.get(1))).as(r.toString()).isCloseTo(Double.parseDouble(r.get(2)), within(0.001));
        }
    }

    @Test
    void jaroWinklerMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("jaro_winkler.csv")) {
            assertThat(JaroWinkler.similarity(r.get(0), r.get(1))).as(r.toString()).isCloseTo(Double.parseDouble(r.get(2)), within(0.001));
        }
    }

    @Test
    void jaroWinklerWithLongToleranceMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("jaro_winkler_longtol.csv")) {
            assertThat(JaroWinkler.similarity(r.get(0), r.get(1), true)).as(r.toString()).isCloseTo(Double.parseDouble(r.get(2)), within(0.001));
        }
    }

    @Test
    void levenshteinMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("levenshtein.csv")) {
            assertThat(EditDistance.levenshtein(r.get(0), r.get(1))).as(r.toString()).isEqualTo(Integer.parseInt(r.get(2)));
            assertThat(EditDistance.levenshteinWithin(r.get(0), r.get(1), 10)).as(r.toString()).isEqualTo(Integer.parseInt(r.get(2)));
        }
        for (CSVRecord r : rows("wagner_fischer.csv")) {
            assertThat(EditDistance.levenshtein(r.get(0), r.get(1))).as(r.toString()).isEqualTo(Integer.parseInt(r.get(2)));
        }
    }

    @Test
    void damerauLevenshteinMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("damerau_levenshtein.csv")) {
            assertThat(EditDistance.damerauLevenshtein(r.get(0), r.get(1))).as(r.toString()).isEqualTo(Integer.parseInt(r.get(2)));
        }
    }

    @Test
    void hammingMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("hamming.csv")) {
            assertThat(EditDistance.hamming(r.get(0), r.get(1))).as(r.toString()).isEqualTo(Integer.parseInt(r.get(2)));
        }
    }

    @Test
    void wordJaccardMatchesTheVectorsWithoutAnNgramSize() throws IOException {
        for (CSVRecord r : rows("jaccard.csv")) {
            if (r.size() > 3 && !r.get(3).isBlank()) {
                continue; // rows with an n-gram size belong to a character n-gram variant not implemented
            }
            assertThat(TokenSets.jaccard(r.get(0), r.get(1))).as(r.toString()).isCloseTo(Double.parseDouble(r.get(2)), within(0.001));
        }
    }

    @Test
    void soundexMatchesTheVectors() throws IOException {
        for (CSVRecord r : rows("soundex.csv")) {
            assertThat(PhoneticCodes.soundex(r.get(0))).as(r.toString()).isEqualTo(r.get(1));
        }
    }

    @Test
    void matchRatingCodexAndComparisonMatchTheVectors() throws IOException {
        for (CSVRecord r : rows("match_rating_codex.csv")) {
            assertThat(PhoneticCodes.matchRatingCodex(r.get(0))).as(r.toString()).isEqualTo(r.get(1));
        }
        for (CSVRecord r : rows("match_rating_comparison.csv")) {
            Optional<Boolean> expected = r.get(2).equals("None") ? Optional.empty() : Optional.of(Boolean.parseBoolean(r.get(2).toLowerCase()));
            assertThat(PhoneticCodes.matchRatingComparison(r.get(0), r.get(1))).as(r.toString()).isEqualTo(expected);
        }
    }

    private static List<CSVRecord> rows(String file) throws IOException {
        String text = Files.readString(Fixtures.path("string_similarity_vectors/" + file), StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
    }
}
