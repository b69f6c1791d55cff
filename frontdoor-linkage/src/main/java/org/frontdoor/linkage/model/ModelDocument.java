package org.frontdoor.linkage.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.compare.Comparison;
import org.frontdoor.linkage.compare.Comparisons;
import org.frontdoor.linkage.record.PersonField;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Saves and loads a trained {@link LinkageModel} as a YAML document, so that the app's real-time index and a
 * cluster job score exactly as the batch run that trained it, without training again. The document lists, per
 * comparison, its level labels (checked on load, so a model never silently meets a changed comparison), m and
 * u; then the prior and the term-frequency counts.
 */
public final class ModelDocument {

    static final String FORMAT = "frontdoor-linkage-model/1";

    private ModelDocument() {
    }

    /** Writes the model to a file. */
    public static void write(LinkageModel model, Path file) throws IOException {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new Yaml(options).dump(toMap(model), out);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static LinkageModel read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            Object loaded = new Yaml(new SafeConstructor(options)).load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " is not a model document");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) map;
            return fromMap(document);
        }
    }

    /** The model as plain maps and lists. */
    public static Map<String, Object> toMap(LinkageModel model) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("prior_match_probability", model.priorMatchProbability());
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (int k = 0; k < model.comparisons().size(); k++) {
            Comparison c = model.comparisons().get(k);
            List<Double> m = new ArrayList<>();
            List<Double> u = new ArrayList<>();
            for (int level = 1; level <= c.levelCount(); level++) {
                m.add(model.m(k, level));
                u.add(model.u(k, level));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", c.name());
            entry.put("levels", c.levelLabels());
            entry.put("m", m);
            entry.put("u", u);
            comparisons.add(entry);
        }
        document.put("comparisons", comparisons);
        Map<String, Object> frequencies = new LinkedHashMap<>();
        for (PersonField field : model.termFrequencies().fields()) {
            frequencies.put(field.key(), new java.util.TreeMap<>(model.termFrequencies().countsOf(field)));
        }
        document.put("term_frequencies", frequencies);
        return document;
    }

    /** Rebuilds a model from {@link #toMap}'s shape; rejects documents of another format or changed levels. */
    @SuppressWarnings("unchecked")
    public static LinkageModel fromMap(Map<String, Object> document) {
        if (!FORMAT.equals(document.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        List<Map<String, Object>> entries = (List<Map<String, Object>>) document.get("comparisons");
        List<Comparison> comparisons = new ArrayList<>();
        double[][] m = new double[entries.size()][];
        double[][] u = new double[entries.size()][];
        for (int k = 0; k < entries.size(); k++) {
            Map<String, Object> entry = entries.get(k);
            Comparison c = Comparisons.byName((String) entry.get("name"));
            if (!c.levelLabels().equals(entry.get("levels"))) {
                throw new IllegalArgumentException("comparison " + c.name() + " has changed levels since the model "
                        + "was saved: " + entry.get("levels") + " now " + c.levelLabels());
            }
            comparisons.add(c);
            m[k] = withUnusedZero((List<Number>) entry.get("m"));
            u[k] = withUnusedZero((List<Number>) entry.get("u"));
        }
        Map<PersonField, Map<String, Integer>> counts = new EnumMap<>(PersonField.class);
        Map<String, Object> frequencies = (Map<String, Object>) document.getOrDefault("term_frequencies", Map.of());
        frequencies.forEach((field, table) -> {
            Map<String, Integer> values = new java.util.HashMap<>();
            ((Map<Object, Number>) table).forEach((value, count) -> values.put(String.valueOf(value),
                    count.intValue()));
            counts.put(PersonField.fromKey(field), values);
        });
        double prior = ((Number) document.get("prior_match_probability")).doubleValue();
        return new LinkageModel(comparisons, m, u, prior, TermFrequencies.of(counts));
    }

    private static double[] withUnusedZero(List<Number> values) {
        double[] result = new double[values.size() + 1];
        for (int i = 0; i < values.size(); i++) {
            result[i + 1] = values.get(i).doubleValue();
        }
        return result;
    }
}
