package org.frontdoor.linkage.realtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.frontdoor.linkage.blocking.BlockingRule;
import org.frontdoor.linkage.blocking.CandidatePairs;
import org.frontdoor.linkage.compare.Comparison;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.model.PairExplanation;
import org.frontdoor.linkage.record.PersonField;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;

/**
 * Real-time matching: an index of the records of known persons, queried one incoming record at a time
 * without rerunning the batch. A query looks up the record's blocking keys (binary search in sorted key
 * arrays), scores each candidate with the trained {@link LinkageModel} and returns the persons above a
 * probability, best first, each with its explanation. Records can be added (or replaced by a newer version)
 * after building; queries and changes may run concurrently from many threads.
 */
public final class PersonIndex {

    private final LinkageModel model;
    private final List<BlockingRule> rules;
    private final RecordPreparation preparation;
    private final int maxBlockSize;
    private final List<PreparedRecord> records;
    private final List<String> personIds;
    private final long[][] sortedKeys;
    private final long[][] recordKeys;
    private final int indexBits;
    private final List<Map<Long, List<Integer>>> added;
    /** Positions of records replaced by a newer version: kept in place (keys point at them), never matched. */
    private final java.util.BitSet replaced = new java.util.BitSet();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private PersonIndex(LinkageModel model, List<BlockingRule> rules, List<PreparedRecord> records,
            List<String> personIds, int maxBlockSize) {
        this.model = model;
        this.rules = List.copyOf(rules);
        this.preparation = RecordPreparation.standard();
        this.maxBlockSize = maxBlockSize;
        this.records = new ArrayList<>(records);
        this.personIds = new ArrayList<>(personIds);
        // Room for records added later: at least 2^26 (67 million) record indices beside the key hashes.
        CandidatePairs.Keys keys = CandidatePairs.keys(records, rules, 26);
        this.recordKeys = keys.byRule();
        this.indexBits = keys.indexBits();
        this.sortedKeys = new long[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            long[] k = recordKeys[r];
            long[] packed = new long[k.length];
            int p = 0;
            for (int i = 0; i < k.length; i++) {
                if (k[i] != 0) {
                    packed[p++] = k[i] | i;
                }
            }
            packed = Arrays.copyOf(packed, p);
            Arrays.parallelSort(packed);
            sortedKeys[r] = packed;
        }
        this.added = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            added.add(new HashMap<>());
        }
    }

    /**
     * Builds an index.
     *
     * @param model     a trained model (for example from a batch run over the same records)
     * @param records   the known records, prepared
     * @param personIds the person id of each record, same order
     */
    public static PersonIndex build(LinkageModel model, List<PreparedRecord> records, List<String> personIds) {
        return build(model, records, personIds, 2_000);
    }

    /** {@link #build} with another limit on a block (for tests of the limit). */
    static PersonIndex build(LinkageModel model, List<PreparedRecord> records, List<String> personIds, int maxBlockSize) {
        if (records.size() != personIds.size()) {
            throw new IllegalArgumentException("one person id per record is needed");
        }
        Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
        for (Comparison c : model.comparisons()) {
            fields.addAll(c.fields());
        }
        return new PersonIndex(model, BlockingRule.defaultsFor(fields), records, personIds, maxBlockSize);
    }

    /** Number of records indexed. */
    public int size() {
        lock.readLock().lock();
        try {
            return records.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Persons the raw record may belong to with at least {@code minProbability}, best first, at most {@code limit}. */
    public List<MatchCandidate> match(PersonRecord record, double minProbability, int limit) {
        return match(preparation.prepare(record), minProbability, limit);
    }

    /** As {@link #match(PersonRecord, double, int)} for an already prepared record. */
    public List<MatchCandidate> match(PreparedRecord query, double minProbability, int limit) {
        Map<String, Scored> best = new HashMap<>();
        lock.readLock().lock();
        try {
            long[] queryKeys = new long[rules.size()];
            long mask = -1L << indexBits;
            for (int r = 0; r < rules.size(); r++) {
                long key = rules.get(r).key(query);
                queryKeys[r] = key == 0 ? 0 : ((key & mask) == 0 ? 1L << indexBits : key & mask);
            }
            for (int r = 0; r < rules.size(); r++) {
                if (queryKeys[r] == 0) {
                    continue;
                }
                for (int candidate : candidates(r, queryKeys[r])) {
                    if (!seenByEarlierRule(r, candidate, queryKeys)) {
                        consider(query, candidate, minProbability, best);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        List<Scored> sorted = new ArrayList<>(best.values());
        sorted.sort(Comparator.comparingDouble(Scored::probability).reversed());
        List<MatchCandidate> result = new ArrayList<>();
        for (Scored s : sorted.subList(0, Math.min(limit, sorted.size()))) {
            PairExplanation explanation = model.explain(query, s.record());
            result.add(new MatchCandidate(s.personId(), s.record().id(), s.probability(), explanation));
        }
        return result;
    }

    /** Adds a record of a person (new or existing) so that later queries find it. */
    public void add(PersonRecord record, String personId) {
        PreparedRecord prepared = preparation.prepare(record);
        lock.writeLock().lock();
        try {
            append(prepared, personId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Replaces every indexed version of the record with the same id by this one (or adds it when none is
     * indexed), so that later queries match its new values only. Costs a scan of the indexed ids: meant for
     * the occasional changed record, not for loading.
     */
    public void replace(PersonRecord record, String personId) {
        PreparedRecord prepared = preparation.prepare(record);
        lock.writeLock().lock();
        try {
            for (int i = 0; i < records.size(); i++) {
                if (!replaced.get(i) && records.get(i).id().equals(prepared.id())) {
                    replaced.set(i);
                }
            }
            append(prepared, personId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Appends under the write lock. */
    private void append(PreparedRecord prepared, String personId) {
        int index = records.size();
        if (index >= 1 << indexBits) {
            throw new IllegalStateException("index full; rebuild it with the new records");
        }
        records.add(prepared);
        personIds.add(personId);
        long mask = -1L << indexBits;
        for (int r = 0; r < rules.size(); r++) {
            long key = rules.get(r).key(prepared);
            if (key != 0) {
                long truncated = (key & mask) == 0 ? 1L << indexBits : key & mask;
                added.get(r).computeIfAbsent(truncated, k -> new ArrayList<>()).add(index);
            }
        }
    }

    private record Scored(String personId, PreparedRecord record, double probability) {
    }

    private void consider(PreparedRecord query, int candidate, double minProbability, Map<String, Scored> best) {
        if (replaced.get(candidate)) {
            return;
        }
        PreparedRecord other = records.get(candidate);
        double p = LinkageModel.probability(model.matchWeight(model.pattern(query, other), query, other));
        if (p < minProbability) {
            return;
        }
        String person = personIds.get(candidate);
        Scored current = best.get(person);
        if (current == null || current.probability() < p) {
            best.put(person, new Scored(person, other, p));
        }
    }

    private List<Integer> candidates(int rule, long key) {
        List<Integer> found = new ArrayList<>();
        long[] packed = sortedKeys[rule];
        int at = Arrays.binarySearch(packed, key);
        int start = at >= 0 ? at : -at - 1;
        long mask = -1L << indexBits;
        int end = start;
        while (end < packed.length && (packed[end] & mask) == key) {
            end++;
        }
        List<Integer> extra = added.get(rule).get(key);
        // A key shared by more records than a block may hold (a common given name) tells little about
        // who is who, and comparing with every one of them would slow each query as the registry
        // grows: it is skipped, counting the records added since building as well as those built in.
        if (end - start + (extra == null ? 0 : extra.size()) > maxBlockSize) {
            return found;
        }
        for (int i = start; i < end; i++) {
            found.add((int) (packed[i] & ~mask));
        }
        if (extra != null) {
            found.addAll(extra);
        }
        return found;
    }

    private boolean seenByEarlierRule(int rule, int candidate, long[] queryKeys) {
        for (int q = 0; q < rule; q++) {
            if (queryKeys[q] != 0 && queryKeys[q] == keyOf(q, candidate)) {
                return true;
            }
        }
        return false;
    }

    private long keyOf(int rule, int candidate) {
        if (candidate < recordKeys[rule].length) {
            return recordKeys[rule][candidate];
        }
        long mask = -1L << indexBits;
        long key = rules.get(rule).key(records.get(candidate));
        return key == 0 ? 0 : ((key & mask) == 0 ? 1L << indexBits : key & mask);
    }
}
