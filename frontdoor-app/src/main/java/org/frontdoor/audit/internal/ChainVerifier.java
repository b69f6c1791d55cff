package org.frontdoor.audit.internal;

import org.frontdoor.audit.ChainVerification;
import org.frontdoor.audit.internal.ChainHead.Link;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes every link of the audit chain and reports the first that does not hold. */
@Component
class ChainVerifier {

    private final AuditEntries entries;
    private final ChainHead head;

    ChainVerifier(AuditEntries entries, ChainHead head) {
        this.entries = entries;
        this.head = head;
    }

    /** One snapshot for the walk and the head, so sealing in parallel cannot look like a break. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        var walk = new Walk();
        entries.forEachSealed(walk::check);
        var unsealed = entries.countUnsealed(head.horizon());
        if (walk.broken != null) {
            return walk.broken.withUnsealed(unsealed);
        }
        var expectedHead = head.current().orElse(new Link(0, HashChain.GENESIS));
        if (expectedHead.chainSeq() != walk.seq || !expectedHead.hash().equals(walk.previousHash)) {
            return new ChainVerification(false, walk.seq, unsealed, walk.seq + 1, null,
                    "The chain ends at entry " + walk.seq + " but its recorded head is entry " + expectedHead.chainSeq()
                            + ": entries were removed from the end, or the head was altered.");
        }
        return new ChainVerification(true, walk.seq, unsealed, null, null, null);
    }

    private static final class Walk {
        long seq;
        String previousHash = HashChain.GENESIS;
        Broken broken;

        void check(AuditEntries.Sealed entry) {
            if (broken != null) {
                return;
            }
            long expected = seq + 1;
            if (entry.chainSeq() != expected) {
                broken = new Broken(expected, null, "Entry " + expected + " of the chain is missing.", seq);
            } else if (entry.content() == null) {
                broken = new Broken(expected, entry.id(), "Entry " + expected + " of the chain is missing: it was removed after it was sealed.", seq);
            } else if (!previousHash.equals(entry.previousHash())) {
                broken = new Broken(expected, entry.id(), "Entry " + expected + " does not link to the entry before it.", seq);
            } else if (!HashChain.link(previousHash, expected, entry.content()).equals(entry.hash())) {
                broken = new Broken(expected, entry.id(), "Entry " + expected + " was changed after it was sealed.", seq);
            } else {
                seq = expected;
                previousHash = entry.hash();
            }
        }
    }

    private record Broken(long seq, Long id, String problem, long checked) {
        ChainVerification withUnsealed(long unsealed) {
            return new ChainVerification(false, checked, unsealed, seq, id, problem);
        }
    }
}
