package org.frontdoor.audit.internal;

import org.frontdoor.platform.Sha256;

/**
 * The hash that links an audit entry to the one before it. Each field is written with its length
 * in front, so no choice of field values can make two different entries hash the same input.
 * Plain Java: the sealer and the verifier both use it, so they cannot disagree.
 */
final class HashChain {

    /** The previous hash of the first entry in the chain. */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    static String link(String previousHash, long chainSeq, SealedContent content) {
        var canonical = new StringBuilder(256);
        append(canonical, previousHash);
        append(canonical, Long.toString(chainSeq));
        append(canonical, Long.toString(content.occurredAtMicros()));
        append(canonical, content.actorId());
        append(canonical, content.actorName());
        append(canonical, content.action());
        append(canonical, content.subjectType());
        append(canonical, content.subjectId());
        append(canonical, content.purpose());
        append(canonical, content.details());
        append(canonical, content.requestId());
        return Sha256.hex(canonical.toString());
    }

    private static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }


    /** The fields of an entry that its hash protects, as read back from the database. */
    record SealedContent(long occurredAtMicros, String actorId, String actorName, String action,
                         String subjectType, String subjectId, String purpose, String details, String requestId) {
    }
}
