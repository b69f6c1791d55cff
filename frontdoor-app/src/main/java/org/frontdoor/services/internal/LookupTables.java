package org.frontdoor.services.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Data that service definitions look things up in, such as which consular post serves a country:
 * two-column CSV files in {@code services/tables/} (a header row, then key and value), by file
 * name without {@code .csv}. Data, not code: a new post is a new line.
 */
final class LookupTables {

    private static final LookupTables BUILT_IN = load();

    private final Map<String, Map<String, String>> tables;

    private LookupTables(Map<String, Map<String, String>> tables) {
        this.tables = tables;
    }

    static LookupTables builtIn() {
        return BUILT_IN;
    }

    Optional<Map<String, String>> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    private static LookupTables load() {
        try {
            var tables = new LinkedHashMap<String, Map<String, String>>();
            for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:services/tables/*.csv")) {
                try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
                    tables.put(file.getFilename().replaceFirst("\\.csv$", ""), read(reader, file.getFilename()));
                }
            }
            return new LookupTables(Map.copyOf(tables));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lookup tables", e);
        }
    }

    /** Reads key,value rows after a header; fields may be quoted, with "" for a quote inside. */
    static Map<String, String> read(BufferedReader reader, String name) throws IOException {
        var rows = new LinkedHashMap<String, String>();
        reader.readLine();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            var fields = fields(line);
            if (fields.size() != 2 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
                throw new IllegalStateException(name + " line " + number + ": expected a key and a value");
            }
            if (rows.put(fields.get(0).strip(), fields.get(1).strip()) != null) {
                throw new IllegalStateException(name + " line " + number + ": '" + fields.get(0) + "' appears twice");
            }
        }
        return java.util.Collections.unmodifiableMap(rows);
    }

    private static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
