package org.frontdoor.grants;

import java.time.Instant;
import java.util.UUID;

/** A period in which a programme takes applications. */
public record GrantRound(UUID id, String programmeId, String name, Instant opens, Instant closes) {

    public boolean openAt(Instant now) {
        return !now.isBefore(opens) && now.isBefore(closes);
    }
}
