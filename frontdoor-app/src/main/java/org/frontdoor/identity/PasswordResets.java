package org.frontdoor.identity;

import org.frontdoor.platform.InvalidInput;

/** Forgotten passwords, and first passwords for staff created by an admin. */
public interface PasswordResets {

    /** Emails a reset link if an account has this email; never reveals whether one does. */
    void requestReset(String email);

    /** Whether the link can still be used, so the page can say so before the person types. */
    boolean isUsable(String token);

    /**
     * Sets a new password, confirms the email (the person proved they read it) and signs the
     * account out everywhere else.
     *
     * @throws InvalidToken if the link is unknown, used or expired
     * @throws InvalidInput for a weak or mismatched password (fields password, confirmPassword)
     */
    void resetPassword(String token, String password, String confirmPassword);
}
