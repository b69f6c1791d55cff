package org.frontdoor.identity.internal;

import java.util.Optional;
import org.frontdoor.platform.EmailFormat;

/** The messages identity pages show for an email address, over the shared format check. */
final class EmailAddresses {

    static final int MAX_LENGTH = EmailFormat.MAX_LENGTH;

    private EmailAddresses() {
    }

    static String normalise(String email) {
        return EmailFormat.normalise(email);
    }

    static Optional<String> problemWith(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("Enter your email address");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("Email address must be " + MAX_LENGTH + " characters or fewer");
        }
        if (!EmailFormat.isPlausible(email)) {
            return Optional.of("Enter an email address in the correct format, like name@example.com");
        }
        return Optional.empty();
    }
}
