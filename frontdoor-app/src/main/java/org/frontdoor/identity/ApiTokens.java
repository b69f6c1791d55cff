package org.frontdoor.identity;

import java.time.Duration;
import java.util.UUID;
import org.frontdoor.platform.InvalidInput;

/** Tokens that let a program call the API as an account, without its password. */
public interface ApiTokens {

    Duration DEFAULT_LIFETIME = Duration.ofDays(90);

    /**
     * Issues a token for the account and returns it; it is shown this once and stored only as a hash.
     *
     * @throws InvalidInput when the name is empty or too long (field name)
     */
    IssuedToken issue(SignedInAccount owner, String name, Duration lifetime);

    /** Revokes one of the owner's tokens; revoking someone else's does nothing. */
    void revoke(SignedInAccount owner, UUID tokenId);

    /** A new token: {@code token} is the secret to send as {@code Authorization: Bearer <token>}. */
    record IssuedToken(UUID id, String name, String token) {
    }
}
