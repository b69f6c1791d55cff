package org.frontdoor.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.frontdoor.platform.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time tokens for emailed links. The link carries 256 random bits; the database keeps only
 * their SHA-256, so reading the table gives no one a working link.
 */
@Repository
class AccountTokens {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new token and returns it; the caller puts it in a link and forgets it. */
    String issue(UUID accountId, Purpose purpose, Duration validFor) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into account_tokens (token_hash, account_id, purpose, expires_at) values (?, ?, ?, now() + ?::interval)")
                .params(hash(token), accountId, purpose.name(), validFor.toSeconds() + " seconds")
                .update();
        return token;
    }

    /** The account of a usable token, without using it up. */
    Optional<UUID> peek(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select account_id from account_tokens
                where token_hash = ? and purpose = ? and used_at is null and expires_at > now()""")
                .params(hash(token), purpose.name()).query(UUID.class).optional();
    }

    /** Uses the token up, atomically, and returns its account: a link works once even if clicked twice at once. */
    Optional<UUID> consume(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update account_tokens set used_at = now()
                where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
                returning account_id""")
                .params(hash(token), purpose.name()).query(UUID.class).optional();
    }

    /** Voids every outstanding token of this purpose, for example older reset links after a reset. */
    void voidAll(UUID accountId, Purpose purpose) {
        jdbc.sql("update account_tokens set used_at = now() where account_id = ? and purpose = ? and used_at is null")
                .params(accountId, purpose.name()).update();
    }

    private static String hash(String token) {
        return Sha256.hex(token);
    }
}
