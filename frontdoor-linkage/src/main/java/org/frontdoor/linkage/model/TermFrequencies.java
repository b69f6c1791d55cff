package org.frontdoor.linkage.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PreparedRecord;

/**
 * How often each value of a field occurs among the records a model was trained on, so that agreeing on a
 * rare value can weigh more than agreeing on a common one. Immutable.
 */
public final class TermFrequencies {

    private final Map<PersonField, Map<String, Integer>> counts;
    private final Map<PersonField, Integer> totals;

    private TermFrequencies(Map<PersonField, Map<String, Integer>> counts, Map<PersonField, Integer> totals) {
        this.counts = counts;
        this.totals = totals;
    }

    /** No frequencies: every adjustment is zero. */
    public static TermFrequencies none() {
        return new TermFrequencies(Map.of(), Map.of());
    }

    /** Counts the normalised values of the given fields over the records. */
    public static TermFrequencies count(List<PreparedRecord> records, Iterable<PersonField> fields) {
        Map<PersonField, Map<String, Integer>> counts = new EnumMap<>(PersonField.class);
        Map<PersonField, Integer> totals = new EnumMap<>(PersonField.class);
        for (PersonField field : fields) {
            Map<String, Integer> table = new HashMap<>();
            int total = 0;
            for (PreparedRecord record : records) {
                String value = record.text(field);
                if (value != null) {
                    table.merge(value, 1, Integer::sum);
                    total++;
                }
            }
            counts.put(field, Map.copyOf(table));
            totals.put(field, total);
        }
        return new TermFrequencies(Map.copyOf(counts), Map.copyOf(totals));
    }

    /** Frequencies from counts per value, e.g. read back from a saved model. */
    public static TermFrequencies of(Map<PersonField, Map<String, Integer>> countsByField) {
        Map<PersonField, Map<String, Integer>> counts = new EnumMap<>(PersonField.class);
        Map<PersonField, Integer> totals = new EnumMap<>(PersonField.class);
        countsByField.forEach((field, table) -> {
            counts.put(field, Map.copyOf(table));
            totals.put(field, table.values().stream().mapToInt(Integer::intValue).sum());
        });
        return new TermFrequencies(Map.copyOf(counts), Map.copyOf(totals));
    }

    /** Fields with counted frequencies. */
    public java.util.Set<PersonField> fields() {
        return counts.keySet();
    }

    /** True when frequencies were counted for the field. */
    public boolean covers(PersonField field) {
        Integer total = totals.get(field);
        return total != null && total > 0;
    }

    /**
     * Relative frequency of a value among records having the field. A value never seen counts as seen once,
     * which is what a new record at the front door looks like.
     */
    public double frequency(PersonField field, String value) {
        int total = totals.getOrDefault(field, 0);
        if (total == 0) {
            return Double.NaN;
        }
        int count = counts.get(field).getOrDefault(value, 0);
        return Math.max(count, 1) / (double) total;
    }

    /** Exposes counts for serialisation and inspection. */
    public Map<String, Integer> countsOf(PersonField field) {
        return counts.getOrDefault(field, Map.of());
    }
}
