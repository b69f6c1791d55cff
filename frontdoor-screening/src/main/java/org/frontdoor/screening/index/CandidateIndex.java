package org.frontdoor.screening.index;

import org.frontdoor.screening.concurrent.Reusables;
import org.frontdoor.screening.names.NameToken;
import org.frontdoor.screening.names.NormalisedName;
import org.frontdoor.screening.names.TokenKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index over the words of listed names, so that screening a name looks only at names
 * sharing something with it instead of scanning every list.
 *
 * <p>Every distinctive word is filed under four keys: its transliteration key, its first three
 * and last three key letters (so one typing error anywhere in a word still meets one of them,
 * and split or joined words meet their parts), and its consonant skeleton (so vowel-less
 * romanisations of Arabic meet vowelled ones). A query word contributes its inverse document
 * frequency once per listed name it meets; the names with the highest sums are the candidates.
 *
 * <p>Immutable after construction; {@link #candidates} is thread-safe.
 */
public final class CandidateIndex {

    private static final double PARTIAL_KEY_CREDIT = 0.6;

    private final Map<String, int[]> postings;
    private final int size;
    private final double maxIdf;
    private final Reusables<Scratch> scratch;

    /** Builds the index over {@code names}; a name's id is its position in the list. */
    public CandidateIndex(List<NormalisedName> names) {
        this.size = names.size();
        Map<String, IntList> building = new HashMap<>();
        for (int id = 0; id < names.size(); id++) {
            for (NameToken token : names.get(id).tokens()) {
                if (token.kind() != TokenKind.NAME && token.kind() != TokenKind.GENERIC) {
                    continue;
                }
                for (String key : keys(token)) {
                    IntList ids = building.computeIfAbsent(key, k -> new IntList());
                    // Words repeat within a name ("Mohammed bin Mohammed"): file the name once.
                    if (ids.size == 0 || ids.last() != id) {
                        ids.add(id);
                    }
                }
            }
        }
        this.postings = new HashMap<>(building.size() * 2);
        building.forEach((k, v) -> postings.put(k, v.toArray()));
        this.maxIdf = Math.log(1.0 + size);
        this.scratch = new Reusables<>(Runtime.getRuntime().availableProcessors() * 4, () -> new Scratch(size));
    }

    /** Number of names indexed. */
    public int size() {
        return size;
    }

    /** Number of distinct keys, for reports. */
    public int keyCount() {
        return postings.size();
    }

    /**
     * Ids of at most {@code limit} indexed names most likely to match {@code query}, best first.
     * A name is a candidate only if the words it shares with the query carry at least
     * {@code minShare} of the query's total word weight (0 to 1), words met only through a
     * prefix, suffix or skeleton counting {@value #PARTIAL_KEY_CREDIT} of their weight.
     */
    public int[] candidates(NormalisedName query, int limit, double minShare) {
        return scratch.with(s -> candidates(query, limit, minShare, s));
    }

    private int[] candidates(NormalisedName query, int limit, double minShare, Scratch s) {
        s.reset();
        double total = 0;
        for (NameToken token : query.tokens()) {
            if (token.kind() != TokenKind.NAME && token.kind() != TokenKind.GENERIC) {
                continue;
            }
            int[] exact = postings.get("=" + token.key());
            double weight = exact == null ? maxIdf : Math.log(1.0 + (double) size / exact.length);
            total += weight;
            s.stamp++;
            List<String> keys = keys(token);
            for (int k = 0; k < keys.size(); k++) {
                int[] ids = k == 0 ? exact : postings.get(keys.get(k));
                if (ids == null) {
                    continue;
                }
                // The same key is strong evidence; a shared prefix, suffix or skeleton weaker.
                double credit = k == 0 ? weight : weight * PARTIAL_KEY_CREDIT;
                for (int id : ids) {
                    if (s.seen[id] != s.stamp) {
                        s.seen[id] = s.stamp;
                        if (s.score[id] == 0) {
                            s.touched.add(id);
                        }
                        s.score[id] += credit;
                    }
                }
            }
        }
        if (total == 0) {
            return new int[0];
        }
        double floor = total * minShare * PARTIAL_KEY_CREDIT;
        // Score and id packed in one long (float bits of a positive score keep their order), so
        // ranking compares primitives; a query touches about two thousand names and keeps a few
        // dozen, so the best are kept in a small heap instead of sorting every name above the floor.
        Best best = s.best.reset(limit);
        for (int i = 0; i < s.touched.size; i++) {
            int id = s.touched.data[i];
            if (s.score[id] >= floor) {
                best.offer(((long) Float.floatToIntBits((float) s.score[id]) << 32) | id);
            }
        }
        return best.idsBestFirst();
    }

    private static List<String> keys(NameToken token) {
        String key = token.key();
        List<String> keys = new ArrayList<>(4);
        keys.add("=" + key);
        int n = Math.min(3, key.length());
        keys.add("<" + key.substring(0, n));
        keys.add(">" + key.substring(key.length() - n));
        if (token.skeleton().length() >= 2) {
            keys.add("#" + token.skeleton());
        }
        return keys;
    }

    /** Accumulators lent to one query at a time, reused between queries to avoid allocating per listed name. */
    private static final class Scratch {
        final int[] seen;
        final double[] score;
        final IntList touched = new IntList();
        final Best best = new Best();
        int stamp;

        Scratch(int size) {
            seen = new int[size];
            score = new double[size];
        }

        void reset() {
            for (int i = 0; i < touched.size; i++) {
                score[touched.data[i]] = 0;
            }
            touched.size = 0;
        }
    }

    /**
     * The greatest of the packed score-and-id values offered, at most a limit of them: a binary
     * min-heap whose root is the weakest kept value. Packed values are distinct (they carry the
     * id), so the result is the same as sorting all of them and taking the top.
     */
    private static final class Best {
        long[] heap = new long[64];
        int size;
        int limit;

        Best reset(int newLimit) {
            limit = newLimit;
            size = 0;
            if (heap.length < newLimit) {
                heap = new long[newLimit];
            }
            return this;
        }

        void offer(long value) {
            if (size < limit) {
                int at = size++;
                while (at > 0 && heap[(at - 1) / 2] > value) {
                    heap[at] = heap[(at - 1) / 2];
                    at = (at - 1) / 2;
                }
                heap[at] = value;
            } else if (limit > 0 && value > heap[0]) {
                int at = 0;
                while (true) {
                    int child = 2 * at + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && heap[child + 1] < heap[child]) {
                        child++;
                    }
                    if (heap[child] >= value) {
                        break;
                    }
                    heap[at] = heap[child];
                    at = child;
                }
                heap[at] = value;
            }
        }

        int[] idsBestFirst() {
            Arrays.sort(heap, 0, size);
            int[] ids = new int[size];
            for (int i = 0; i < size; i++) {
                ids[i] = (int) heap[size - 1 - i];
            }
            return ids;
        }
    }

    /** A growable int array. */
    private static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int last() {
            return data[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
