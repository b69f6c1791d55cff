package org.frontdoor.identity;

import java.util.UUID;
import org.frontdoor.platform.InvalidInput;

/** Citizens registering themselves and confirming their email address. */
public interface Registration {

    /**
     * Creates a citizen account and emails a confirmation link. All or nothing: on any problem
     * nothing is saved.
     *
     * @throws InvalidInput with one message per field (fullName, email, password, confirmPassword)
     */
    UUID register(NewCitizen citizen);

    /**
     * Marks the email of the token's account as confirmed.
     *
     * @throws InvalidToken if the link is unknown, used or expired
     */
    void verifyEmail(String token);

    /** Sends a new confirmation link if an unconfirmed account has this email; says nothing either way. */
    void resendVerification(String email);
}
