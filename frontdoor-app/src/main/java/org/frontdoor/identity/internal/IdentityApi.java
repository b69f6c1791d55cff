package org.frontdoor.identity.internal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.ApiController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;

/** Who the API caller is. */
@ApiController("/api/v1/me")
class IdentityApi {

    @GetMapping
    Me me(@AuthenticationPrincipal SignedInAccount account) {
        return new Me(account.id(), account.email(), account.displayName(), account.kind().name(),
                account.roles().stream().map(Enum::name).sorted().toList(), account.teamIds().stream().sorted().toList());
    }

    /** The signed-in account as the API shows it. */
    record Me(UUID id, String email, String displayName, String kind, List<String> roles, List<UUID> teamIds) {
    }
}
