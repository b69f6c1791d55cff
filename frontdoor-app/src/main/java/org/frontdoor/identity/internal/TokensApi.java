package org.frontdoor.identity.internal;

import java.time.Duration;
import java.util.UUID;
import org.frontdoor.identity.ApiTokens;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Issuing and revoking API tokens; issuing needs the account's password (HTTP Basic), not another token. */
@ApiController("/api/v1/tokens")
class TokensApi {

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<ApiTokens.IssuedToken> issue(@AuthenticationPrincipal SignedInAccount owner, @RequestBody TokenRequest request) {
        int days = request.days() == null ? (int) ApiTokens.DEFAULT_LIFETIME.toDays() : request.days();
        if (days < 1 || days > 366) {
            throw InvalidInput.of("days", "A token lasts from 1 to 366 days");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(owner, request.name(), Duration.ofDays(days)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInAccount owner, @PathVariable UUID id) {
        tokens.revoke(owner, id);
        return ResponseEntity.noContent().build();
    }

    /** A token to issue: a name saying what will use it, and how many days it lasts (default 90). */
    record TokenRequest(String name, Integer days) {
    }
}
