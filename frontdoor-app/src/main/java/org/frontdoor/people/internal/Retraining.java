package org.frontdoor.people.internal;

import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin retrains the linkage model with the reviewers' decisions as labels (see {@link ModelTraining});
 * the new version is stored and every node matches with it from its next check on. Training reads every
 * record but holds no lock, so intake carries on meanwhile; only storing the version takes the linking lock.
 * Links made earlier keep the explanation, and the model version, they were made with; human decisions
 * are never touched.
 */
@Component
class Retraining {

    private final Registry registry;
    private final LinkageModels models;
    private final MatchingState state;
    private final MatchingIndex index;
    private final PeopleSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    Retraining(Registry registry, LinkageModels models, MatchingState state, MatchingIndex index, PeopleSettings settings,
               AuditLog audit, TransactionTemplate transactions) {
        this.registry = registry;
        this.models = models;
        this.state = state;
        this.index = index;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Trains, stores and switches to a new version; returns it. */
    LinkageModels.Version retrain(SignedInAccount admin) {
        Access.require(admin, Access.MANAGE_MODEL);
        var labels = registry.decisions().stream()
                .map(d -> new ModelTraining.Label(d.recordA().toString(), d.recordB().toString(), d.samePerson()))
                .toList();
        var records = registry.allRecords().stream().map(SourceRecord::forMatching).toList();
        ModelTraining.Trained trained;
        try {
            trained = ModelTraining.train(models.shipped(), records, labels, settings.minRecordsToEstimate());
        } catch (ModelTraining.NothingToLearn e) {
            throw InvalidInput.of("labels", "No reviewer has confirmed two records as the same person yet, so there is "
                    + "nothing to learn from. Decide pairs in the review queue first.");
        }
        int version = transactions.execute(status -> {
            registry.lockForLinking();
            // Compared with the version in use when storing: another admin may have retrained meanwhile.
            int previous = state.now().modelVersion();
            var parameters = ModelParameters.compare(models.model(previous), trained.model());
            int stored = models.store(previous, trained, parameters, admin.auditActorName());
            state.useModel(stored);
            audit.record(new AuditEvent("READ_FOR_TRAINING", ReadingPersons.SUBJECT, null,
                    "Retraining the linkage model with reviewers' decisions", Map.of("records", trained.records())));
            audit.record(AuditEvent.change("RETRAINED", "PERSON_LINKAGE_MODEL", String.valueOf(stored),
                    "Retraining the linkage model with reviewers' decisions", Map.of("previousVersion", previous,
                            "method", trained.method().name(), "records", trained.records(),
                            "samePersonLabels", trained.samePersonLabels(),
                            "differentPeopleLabels", trained.differentPeopleLabels())));
            return stored;
        });
        index.catchUp();
        return models.version(version).orElseThrow();
    }

    /**
     * Goes back (or forward) to a version, say when a retrained model links people it should not: every
     * node matches with it from its next check on.
     */
    void use(SignedInAccount admin, int version) {
        Access.require(admin, Access.MANAGE_MODEL);
        if (version != LinkageModels.SHIPPED && models.version(version).isEmpty()) {
            throw InvalidInput.of("version", "There is no linkage model version " + version);
        }
        transactions.executeWithoutResult(status -> {
            registry.lockForLinking();
            int previous = state.now().modelVersion();
            state.useModel(version);
            audit.record(AuditEvent.change("CHOSEN", "PERSON_LINKAGE_MODEL", String.valueOf(version),
                    "Choosing the linkage model version used for matching", Map.of("previousVersion", previous)));
        });
        index.catchUp();
    }
}
