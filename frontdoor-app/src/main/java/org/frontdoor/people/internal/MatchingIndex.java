package org.frontdoor.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.linkage.model.LinkageModel;
import org.frontdoor.linkage.model.ModelDocument;
import org.frontdoor.linkage.realtime.MatchCandidate;
import org.frontdoor.linkage.realtime.PersonIndex;
import org.frontdoor.linkage.record.PersonRecord;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The engine's real-time {@link PersonIndex} over every source record, built from the database on
 * first use (and at start-up) and kept up to date as records are added. The index is keyed by
 * <em>record</em> id, not person id: merges and splits then never touch it, and the database says which
 * person a record belongs to now. A record indexed by a transaction that rolled back is simply not
 * found in the database and skipped. One index per node: see docs/architecture.md for several nodes.
 */
@Component
class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    /**
     * Prior probability that two records drawn at random are the same person. The shipped model was
     * trained on 20,000 synthetic records (prior about 1.9e-4); a registry of a whole population has far
     * more persons, so we assume one in 100,000. Lower means more conservative: names alone never link.
     */
    static final double REGISTRY_PRIOR = 1e-5;

    private final Registry registry;
    private final LinkageModel model;
    private final RecordPreparation preparation = RecordPreparation.standard();
    private volatile PersonIndex index;

    MatchingIndex(Registry registry) {
        this.registry = registry;
        this.model = loadModel();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        index();
    }

    LinkageModel model() {
        return model;
    }

    /** Records that may be the same person as this one, best first, excluding the record itself. */
    List<MatchCandidate> candidates(PersonRecord record, double minProbability) {
        return index().match(record, minProbability, 20).stream()
                .filter(c -> !c.recordId().equals(record.id()))
                .toList();
    }

    PreparedRecord prepare(PersonRecord record) {
        return preparation.prepare(record);
    }

    void add(PersonRecord record) {
        index().add(record, record.id());
    }

    /** Builds the index again from the database, for example after a record's values changed. */
    synchronized void rebuild() {
        var records = registry.allRecords();
        List<PreparedRecord> prepared = records.stream().map(r -> preparation.prepare(r.forMatching())).toList();
        List<String> ids = records.stream().map(r -> r.id().toString()).toList();
        index = PersonIndex.build(model, prepared, ids);
        log.info("Person index built over {} source records", records.size());
    }

    private PersonIndex index() {
        PersonIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    rebuild();
                }
                current = index;
            }
        }
        return current;
    }

    static UUID recordIdOf(MatchCandidate candidate) {
        return UUID.fromString(candidate.recordId());
    }

    @SuppressWarnings("unchecked")
    private static LinkageModel loadModel() {
        try (InputStream in = new ClassPathResource("people/linkage-model.yaml").getInputStream()) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ModelDocument.fromMap((Map<String, Object>) document).withPrior(REGISTRY_PRIOR);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the person linkage model", e);
        }
    }
}
