package org.frontdoor.identity.internal;

import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.internal.RegisteringCitizens.AccountActor;
import org.frontdoor.identity.internal.SignInRefused.Reason;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email and password sign-in, for pages and the API alike, throttled per account and per address.
 * Unknown emails cost the same password hash as known ones, so timing does not reveal accounts.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwords;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final String unknownAccountHash;

    AccountAuthentication(Accounts accounts, SignInAttempts attempts, PasswordEncoder passwords,
                          IdentitySettings settings, AuditLog audit, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwords = passwords;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.unknownAccountHash = passwords.encode("no account has this password " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var login = EmailAddresses.normalise(String.valueOf(authentication.getPrincipal()));
        var password = String.valueOf(authentication.getCredentials());
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var window = settings.signIn().window();
        if (attempts.recentFailuresForLogin(login, window) >= settings.signIn().maxFailuresPerAccount()
                || attempts.recentFailuresFromAddress(address, window) >= settings.signIn().maxFailuresPerAddress()) {
            attempts.record(login, address, false);
            throw new SignInRefused(Reason.THROTTLED);
        }
        var account = accounts.byEmail(login).orElse(null);
        var hash = account == null || account.passwordHash() == null ? unknownAccountHash : account.passwordHash();
        if (password.length() > PasswordPolicy.MAX_LENGTH || !passwords.matches(password, hash) || account == null) {
            transactions.executeWithoutResult(status -> {
                attempts.record(login, address, false);
                if (account != null) {
                    audit.record(actor(account), AuditEvent.change("SIGN_IN_FAILED", "ACCOUNT", account.id().toString(),
                            "Sign-in", Map.of("address", String.valueOf(address))));
                }
            });
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.enabled()) {
            throw new SignInRefused(Reason.DISABLED);
        }
        if (account.kind() == AccountKind.CITIZEN && !account.emailVerified()) {
            throw new SignInRefused(Reason.UNVERIFIED);
        }
        if (passwords.upgradeEncoding(account.passwordHash())) {
            accounts.setPassword(account.id(), passwords.encode(password));
        }
        transactions.executeWithoutResult(status -> {
            attempts.record(login, address, true);
            audit.record(actor(account), AuditEvent.change("SIGNED_IN", "ACCOUNT", account.id().toString(), "Sign-in",
                    Map.of("method", "password", "address", String.valueOf(address))));
        });
        var principal = signedIn(account);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static SignedInAccount signedIn(Accounts.Account account) {
        return new SignedInAccount(account.id(), account.email(), account.displayName(), account.kind(),
                account.roles(), account.teamIds(), account.enabled(), account.passwordHash());
    }

    private static AccountActor actor(Accounts.Account account) {
        return new AccountActor(account.id(), account.displayName(), account.email());
    }
}
