package org.frontdoor.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdoor.linkage.model.LinkageModel;

/**
 * Two models' parameters side by side, one row per comparison level: what retraining changed, in the
 * terms the person page's explanations use (a level's weight in bits). A level only one model has gets
 * nulls on the other side. Plain Java.
 */
final class ModelParameters {

    /** One comparison level before and after; any side may be null when that model lacks the level. */
    public record Row(String comparison, String level, Double mBefore, Double uBefore, Double weightBefore,
                      Double mAfter, Double uAfter, Double weightAfter) {

        /** How far the level's weight moved, in bits; null when one side lacks it. */
        public Double weightChange() {
            return weightBefore == null || weightAfter == null ? null : weightAfter - weightBefore;
        }

        /** A probability for people: three significant digits, or a dash when the model lacks the level. */
        public String probability(Double value) {
            return value == null ? "–" : String.format(Locale.ROOT, "%.3g", value);
        }

        /** A weight for people: signed, in bits to two decimals, or a dash. */
        public String bits(Double value) {
            if (value == null) {
                return "–";
            }
            // A change too small to show would otherwise read -0.00.
            return Math.abs(value) < 0.005 ? "0.00" : String.format(Locale.ROOT, "%+.2f", value);
        }
    }

    private ModelParameters() {
    }

    static List<Row> compare(LinkageModel before, LinkageModel after) {
        Map<String, Double[]> rows = new LinkedHashMap<>();
        collect(after, rows, 3);
        collect(before, rows, 0);
        List<Row> result = new ArrayList<>();
        rows.forEach((key, v) -> {
            int cut = key.indexOf('\u0000');
            result.add(new Row(key.substring(0, cut), key.substring(cut + 1), v[0], v[1], v[2], v[3], v[4], v[5]));
        });
        return result;
    }

    private static void collect(LinkageModel model, Map<String, Double[]> rows, int offset) {
        for (int k = 0; k < model.comparisons().size(); k++) {
            var comparison = model.comparisons().get(k);
            for (int level = 1; level <= comparison.levelCount(); level++) {
                var row = rows.computeIfAbsent(comparison.name() + '\u0000' + comparison.levelLabels().get(level - 1),
                        key -> new Double[6]);
                row[offset] = model.m(k, level);
                row[offset + 1] = model.u(k, level);
                row[offset + 2] = model.weight(k, level);
            }
        }
    }
}
