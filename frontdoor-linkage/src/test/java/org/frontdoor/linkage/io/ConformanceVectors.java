package org.frontdoor.linkage.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the jellyfish conformance vectors copied into the test resources. */
public final class ConformanceVectors {

    private ConformanceVectors() {
    }

    /** Rows of a headerless vector file (a, b, expected); a synthetic header is supplied to the reader. */
    public static List<String[]> load(String file) {
        try (InputStream in = ConformanceVectors.class.getResourceAsStream("/string_similarity_vectors/" + file)) {
            String text = "a,b,expected\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            new CsvReader(StandardCharsets.UTF_8, ',', System.err).read(text, file, (line, fields) -> rows.add(fields));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
