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
        var round = new Round();
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> sealBatch(round));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch(Round round) {
        head.lockForSealing();
        if (round.next == null) {
            round.since = head.horizon();
            // Taken before any entry is read: every entry of an older transaction is visible to every batch.
            round.horizon = head.oldestRunningTransaction();
            round.next = new AuditEntries.Position(round.since, 0);
        }
        var batch = entries.unsealedAfter(round.next, BATCH);
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
        // The round reads on from the last entry of this batch rather than reading the sealed ones again.
        round.next = batch.getLast().position();
        // Only once the round has read to the end is every entry of a transaction older than its
        // horizon sealed; until then the horizon stays where the round began.
        head.moveTo(link, batch.size() < BATCH ? round.horizon : round.since);
        return batch.size();
    }

    /**
     * One call of {@link #sealAll}, batch after batch: the horizon it began with, the one it reached
     * and where the next batch reads from. An entry that becomes visible behind {@code next} during
     * the round is newer than {@code horizon}, so the next round finds it.
     */
    private static final class Round {
        long since;
        long horizon;
        AuditEntries.Position next;
    }
}
