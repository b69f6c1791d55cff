package org.frontdoor.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.ApiTokens;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.FieldChecks;
import org.frontdoor.platform.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: 256 random bits with a recognisable prefix; the database keeps only their SHA-256. */
@Service
class IssuingApiTokens implements ApiTokens {

    static final String PREFIX = "fd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;

    IssuingApiTokens(JdbcClient jdbc, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public IssuedToken issue(SignedInAccount owner, String name, Duration lifetime) {
        var label = Names.normalise(name);
        var checks = new FieldChecks();
        Names.problemWith(label, "Enter a name for the token, such as the program that will use it", "Token name")
                .ifPresent(m -> checks.reject("name", m));
        checks.throwIfAny();
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        jdbc.sql("insert into api_tokens (id, account_id, name, token_hash, expires_at) values (?, ?, ?, ?, now() + ?::interval)")
                .params(id, owner.id(), label, hash(token), lifetime.toSeconds() + " seconds").update();
        audit.record(AuditEvent.change("TOKEN_ISSUED", "ACCOUNT", owner.id().toString(), "API access", Map.of("token", id.toString())));
        return new IssuedToken(id, label, token);
    }

    @Override
    @Transactional
    public void revoke(SignedInAccount owner, UUID tokenId) {
        var revoked = jdbc.sql("update api_tokens set revoked_at = now() where id = ? and account_id = ? and revoked_at is null")
                .params(tokenId, owner.id()).update();
        if (revoked == 1) {
            audit.record(AuditEvent.change("TOKEN_REVOKED", "ACCOUNT", owner.id().toString(), "API access", Map.of("token", tokenId.toString())));
        }
    }

    /**
     * The enabled account a live token belongs to. One statement, so no transaction: on every API
     * request a transaction would only add a round trip for its commit.
     */
    Optional<SignedInAccount> accountFor(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.byApiTokenHash(hash(token))
                .filter(Accounts.Account::enabled)
                .map(account -> {
                    var principal = AccountAuthentication.signedIn(account);
                    principal.eraseCredentials();
                    return principal;
                });
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }
}
