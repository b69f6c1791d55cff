package org.frontdoor.people.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real-time matching reads a case's answers after submission, with no one signed in. It reads as this
 * system account, so the audit log names matching as the reader of the case.
 */
final class SystemReader {

    static final SignedInAccount MATCHING = new SignedInAccount(new UUID(0, 0xfe0L), "person-matching@frontdoor.invalid",
            "Real-time person matching", AccountKind.STAFF, EnumSet.of(Role.ADMIN), Set.of(), true, null);

    private SystemReader() {
    }

    static <T> T asMatching(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(MATCHING, null, MATCHING.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
