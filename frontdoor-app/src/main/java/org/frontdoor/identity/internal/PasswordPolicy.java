package org.frontdoor.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, following the NCSC's advice: length over complexity, and no
 * password that is known to be common. Returns the message to show, or nothing when it is fine.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passwordpassword",
            "123456789012", "1234567890123", "qwertyuiopas", "qwerty123456", "iloveyou1234", "letmeinplease",
            "welcome12345", "administrator", "changeme1234", "abcdefghijkl", "111111111111", "000000000000",
            "football1234", "monkey123456", "sunshine1234", "princess1234", "trustno11234", "correcthorse");

    private PasswordPolicy() {
    }

    static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 3) {
            return Optional.of("Password is too easy to guess. Try three random words, like ‘kettle river orange’");
        }
        if (email != null && !email.isBlank()) {
            var local = email.toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.equals(email.toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("Password must not contain your email address");
            }
        }
        return Optional.empty();
    }
}
