package org.frontdoor.identity.internal;

import java.time.Duration;
import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.InvalidToken;
import org.frontdoor.identity.PasswordResets;
import org.frontdoor.identity.internal.AccountTokens.Purpose;
import org.frontdoor.identity.internal.RegisteringCitizens.AccountActor;
import org.frontdoor.notifications.Emails;
import org.frontdoor.platform.FieldChecks;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResettingPasswords implements PasswordResets {

    static final Duration RESET_VALID_FOR = Duration.ofHours(1);

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final Emails emails;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final FindByIndexNameSessionRepository<?> sessions;

    ResettingPasswords(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, Emails emails,
                       AuditLog audit, IdentitySettings settings, FindByIndexNameSessionRepository<?> sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.emails = emails;
        this.audit = audit;
        this.settings = settings;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public void requestReset(String email) {
        var normalised = EmailAddresses.normalise(email);
        if (EmailAddresses.problemWith(normalised).isPresent()) {
            return;
        }
        accounts.byEmail(normalised).filter(Accounts.Account::enabled).ifPresent(account -> {
            var token = tokens.issue(account.id(), Purpose.RESET_PASSWORD, RESET_VALID_FOR);
            emails.send(account.email(), "Reset your password", """
                    Dear %s,

                    Someone asked to reset the password of your Frontdoor account. If it was you, choose a new password here:

                    %s

                    The link works once and expires in 1 hour. If it was not you, ignore this email: your password has not changed.
                    """.formatted(account.displayName(), settings.link("/password-reset/new?token=" + token)));
            audit.record(new AccountActor(account.id(), account.displayName(), account.email()),
                    AuditEvent.change("PASSWORD_RESET_REQUESTED", "ACCOUNT", account.id().toString(), "Account recovery", Map.of()));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return tokens.peek(token, Purpose.RESET_PASSWORD).isPresent();
    }

    @Override
    @Transactional
    public void resetPassword(String token, String password, String confirmPassword) {
        var accountId = tokens.peek(token, Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new InvalidToken("This password reset link has expired or has already been used."));
        var account = accounts.byId(accountId).orElseThrow();
        var checks = new FieldChecks();
        PasswordPolicy.problemWith(password, account.email()).ifPresent(m -> checks.reject("password", m));
        if (!checks.has("password") && !password.equals(confirmPassword)) {
            checks.reject("confirmPassword", "Enter the same password twice");
        }
        checks.throwIfAny();
        // Consume only once the new password is acceptable, so a typo does not burn the link.
        tokens.consume(token, Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new InvalidToken("This password reset link has expired or has already been used."));
        tokens.voidAll(accountId, Purpose.RESET_PASSWORD);
        accounts.setPassword(accountId, passwords.encode(password));
        accounts.markVerified(accountId);
        sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
        audit.record(new AccountActor(accountId, account.displayName(), account.email()),
                AuditEvent.change("PASSWORD_CHANGED", "ACCOUNT", accountId.toString(), "Account recovery", Map.of()));
    }
}
