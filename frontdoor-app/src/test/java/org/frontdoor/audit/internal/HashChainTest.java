package org.frontdoor.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontdoor.audit.internal.HashChain.SealedContent;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final SealedContent ENTRY = new SealedContent(1_700_000_000_000_000L, "actor-1", "Ada <ada@example.org>",
            "VIEWED", "ACCOUNT", "acc-1", "Account administration", "{}", "req-1");

    @Test
    void sameContentAndPositionGiveTheSameHash() {
        assertThat(HashChain.link(HashChain.GENESIS, 1, ENTRY)).isEqualTo(HashChain.link(HashChain.GENESIS, 1, ENTRY))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        var original = HashChain.link(HashChain.GENESIS, 1, ENTRY);
        var changed = new SealedContent[] {
                new SealedContent(ENTRY.occurredAtMicros() + 1, "actor-1", ENTRY.actorName(), "VIEWED", "ACCOUNT", "acc-1", ENTRY.purpose(), "{}", "req-1"),
                new SealedContent(ENTRY.occurredAtMicros(), "actor-2", ENTRY.actorName(), "VIEWED", "ACCOUNT", "acc-1", ENTRY.purpose(), "{}", "req-1"),
                new SealedContent(ENTRY.occurredAtMicros(), "actor-1", ENTRY.actorName(), "CHANGED", "ACCOUNT", "acc-1", ENTRY.purpose(), "{}", "req-1"),
                new SealedContent(ENTRY.occurredAtMicros(), "actor-1", ENTRY.actorName(), "VIEWED", "ACCOUNT", "acc-2", ENTRY.purpose(), "{}", "req-1"),
                new SealedContent(ENTRY.occurredAtMicros(), "actor-1", ENTRY.actorName(), "VIEWED", "ACCOUNT", "acc-1", "Curiosity", "{}", "req-1"),
                new SealedContent(ENTRY.occurredAtMicros(), "actor-1", ENTRY.actorName(), "VIEWED", "ACCOUNT", "acc-1", ENTRY.purpose(), "{\"a\": 1}", "req-1"),
                new SealedContent(ENTRY.occurredAtMicros(), "actor-1", ENTRY.actorName(), "VIEWED", "ACCOUNT", "acc-1", ENTRY.purpose(), "{}", null)};
        for (var content : changed) {
            assertThat(HashChain.link(HashChain.GENESIS, 1, content)).isNotEqualTo(original);
        }
    }

    @Test
    void hashDependsOnThePreviousLinkAndPosition() {
        var first = HashChain.link(HashChain.GENESIS, 1, ENTRY);
        assertThat(HashChain.link(first, 2, ENTRY)).isNotEqualTo(HashChain.link(HashChain.GENESIS, 2, ENTRY));
        assertThat(HashChain.link(first, 2, ENTRY)).isNotEqualTo(HashChain.link(first, 3, ENTRY));
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        // Without length prefixes "ab|c" and "a|bc" would run together into the same input.
        var a = new SealedContent(1, "ab", "c", "VIEWED", "T", null, "p", "{}", null);
        var b = new SealedContent(1, "a", "bc", "VIEWED", "T", null, "p", "{}", null);
        assertThat(HashChain.link(HashChain.GENESIS, 1, a)).isNotEqualTo(HashChain.link(HashChain.GENESIS, 1, b));
    }

    @Test
    void nullAndEmptyAreDifferent() {
        var withNull = new SealedContent(1, "a", "b", "VIEWED", "T", null, "p", "{}", null);
        var withEmpty = new SealedContent(1, "a", "b", "VIEWED", "T", "", "p", "{}", null);
        assertThat(HashChain.link(HashChain.GENESIS, 1, withNull)).isNotEqualTo(HashChain.link(HashChain.GENESIS, 1, withEmpty));
    }
}
