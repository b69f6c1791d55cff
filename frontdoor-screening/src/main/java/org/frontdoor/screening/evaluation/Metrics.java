package org.frontdoor.screening.evaluation;

import java.util.Locale;

/** Confusion counts of a matcher on labelled pairs, with precision, recall and F1. */
public final class Metrics {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long trueNegatives;

    /** Records one decision against its label. */
    public void add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            truePositives++;
        } else if (predicted) {
            falsePositives++;
        } else if (actual) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    public long truePositives() {
        return truePositives;
    }

    public long falsePositives() {
        return falsePositives;
    }

    public long falseNegatives() {
        return falseNegatives;
    }

    public long trueNegatives() {
        return trueNegatives;
    }

    /** Share of predicted matches that are matches; 1 when nothing was predicted. */
    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** Share of matches that were predicted; 1 when there are none. */
    public double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** key=value pairs for a summary line. */
    public String summary() {
        return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d tn=%d precision=%.4f recall=%.4f f1=%.4f",
                truePositives, falsePositives, falseNegatives, trueNegatives, precision(), recall(), f1());
    }
}
