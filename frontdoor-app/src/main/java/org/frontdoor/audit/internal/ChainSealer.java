package org.frontdoor.audit.internal;

import java.util.ArrayList;
import org.frontdoor.audit.internal.ChainHead.Link;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains newly written audit entries, in batches, under a database lock so that only one node
 * seals at a time. Entries are sealed in the order they become visible; chain_seq, not id, is the
 * order the chain protects. A seal is a row of its own (ADR 32): the entries are never updated.
 */
@Component
class ChainSealer {

    private static final int BATCH = 1_000;

    private final AuditEntries entries;
    private final ChainHead head;
    private final TransactionTemplate transactions;

    ChainSealer(AuditEntries entries, ChainHead head, TransactionTemplate transactions) {
        this.entries = entries;
        this.head = head;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${frontdoor.audit.seal-interval:1s}")
    void sealOnSchedule() {
        sealAll();
    }

    int sealAll() {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() {
        head.lockForSealing();
        long since = head.horizon();
        // Taken before the entries are read, so every entry of a transaction older than it is among them.
        long horizon = head.oldestRunningTransaction();
        var batch = entries.unsealed(since, BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        var link = head.current().orElse(new Link(0, HashChain.GENESIS));
        var seals = new ArrayList<AuditEntries.Seal>(batch.size());
        for (var entry : batch) {
            long seq = link.chainSeq() + 1;
            var hash = HashChain.link(link.hash(), seq, entry.content());
            seals.add(new AuditEntries.Seal(entry.id(), seq, link.hash(), hash));
            link = new Link(seq, hash);
        }
        entries.seal(seals);
        // A full batch may have left visible entries unsealed: the horizon moves only once none are.
        head.moveTo(link, batch.size() < BATCH ? horizon : since);
        return batch.size();
    }
}
