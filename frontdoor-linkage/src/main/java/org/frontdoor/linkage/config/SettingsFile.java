package org.frontdoor.linkage.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontdoor.linkage.record.PersonField;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@link LinkageSettings} from YAML. Every key is optional and overrides the default:
 * <pre>
 * threshold: 0.8
 * max_block_size: 2000
 * max_cluster_size: 50
 * random_pair_samples: 400000
 * em_iterations: 60
 * seed: 42
 * encoding: windows-1252
 * separator: ";"
 * null_markers: ["", "NA", "-0-"]
 * blocking: ["surname &amp; date_of_birth", "names"]
 * comparisons: [given_name, surname, date_of_birth]
 * columns: {given_name: [forename], address: [line1, line2]}
 * ignore_columns: [cluster]
 * </pre>
 * Unknown keys are rejected so that a typo does not silently fall back to a default.
 */
public final class SettingsFile {

    private static final Set<String> KEYS = Set.of("threshold", "max_block_size", "max_cluster_size",
            "random_pair_samples", "em_iterations", "seed", "encoding", "separator", "null_markers", "blocking",
            "comparisons", "columns", "ignore_columns");

    private SettingsFile() {
    }

    /** Reads the file; throws IllegalArgumentException with the offending key on bad content. */
    public static LinkageSettings read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return parse(loaded == null ? Map.of() : asMap(loaded, "top level"));
        }
    }

    /** Applies a parsed YAML mapping over the defaults. */
    public static LinkageSettings parse(Map<String, Object> yaml) {
        for (String key : yaml.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown configuration key '" + key + "'; known keys: " + KEYS);
            }
        }
        LinkageSettings d = LinkageSettings.defaults();
        Map<PersonField, List<String>> columns = new EnumMap<>(PersonField.class);
        asMap(yaml.getOrDefault("columns", Map.of()), "columns").forEach((field, names) ->
                columns.put(PersonField.fromKey(field), strings(names, "columns." + field)));
        Set<PersonField> comparisons = EnumSet.noneOf(PersonField.class);
        strings(yaml.getOrDefault("comparisons", List.of()), "comparisons")
                .forEach(f -> comparisons.add(PersonField.fromKey(f)));
        String separator = (String) yaml.get("separator");
        return new LinkageSettings(
                number(yaml, "threshold", d.threshold()),
                (int) number(yaml, "max_block_size", d.maxBlockSize()),
                (int) number(yaml, "max_cluster_size", d.maxClusterSize()),
                (int) number(yaml, "random_pair_samples", d.randomPairSamples()),
                (int) number(yaml, "em_iterations", d.emIterations()),
                (long) number(yaml, "seed", d.seed()),
                strings(yaml.getOrDefault("blocking", List.of()), "blocking"),
                comparisons,
                columns,
                new HashSet<>(strings(yaml.getOrDefault("ignore_columns", List.of()), "ignore_columns")),
                (String) yaml.get("encoding"),
                separator == null || separator.isEmpty() ? null : separator.charAt(0),
                yaml.containsKey("null_markers")
                        ? new HashSet<>(strings(yaml.get("null_markers"), "null_markers"))
                        : d.nullMarkers());
    }

    private static double number(Map<String, Object> yaml, String key, double fallback) {
        Object value = yaml.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
    }

    private static List<String> strings(Object value, String key) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                out.add(item == null ? "" : item.toString());
            }
            return out;
        }
        throw new IllegalArgumentException(key + " must be a list of strings");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        throw new IllegalArgumentException(key + " must be a mapping");
    }
}
