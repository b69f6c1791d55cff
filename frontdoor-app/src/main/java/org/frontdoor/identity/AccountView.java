package org.frontdoor.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An account as admins and its owner see it. */
public record AccountView(UUID id, String email, String displayName, AccountKind kind, Set<Role> roles,
                          List<Team> teams, boolean emailVerified, boolean enabled, Instant createdAt) {
}
