package org.frontdoor.identity.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email address checks at the level GOV.UK services use: a plausible address with one @ and a
 * domain with a dot. Whether the mailbox exists is proved by the confirmation link, not by a pattern.
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    private EmailAddresses() {
    }

    /** Trimmed, with the domain lowercased; the local part keeps its case as typed. */
    static String normalise(String email) {
        if (email == null) {
            return "";
        }
        var trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<String> problemWith(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("Enter your email address");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("Email address must be " + MAX_LENGTH + " characters or fewer");
        }
        if (!PLAUSIBLE.matcher(email).matches() || email.contains("..")) {
            return Optional.of("Enter an email address in the correct format, like name@example.com");
        }
        return Optional.empty();
    }
}
