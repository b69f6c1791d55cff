package org.frontdoor.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.internal.RegisteringCitizens.AccountActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a sign-in at an OpenID Connect provider into a Frontdoor account: the provider's (issuer,
 * subject) finds the linked account; failing that, a verified email links to the existing account;
 * failing that, a new citizen account is created. The rest of the app then sees the same principal
 * as after a password sign-in.
 */
class OidcSignIn implements AuthenticationSuccessHandler {

    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SecurityContextRepository contexts;
    private final AuthenticationSuccessHandler landing;

    OidcSignIn(Accounts accounts, AuditLog audit, TransactionTemplate transactions, SecurityContextRepository contexts,
               AuthenticationSuccessHandler landing) {
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.contexts = contexts;
        this.landing = landing;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        var user = (OidcUser) authentication.getPrincipal();
        Accounts.Account account;
        try {
            account = transactions.execute(status -> linkedAccount(user));
        } catch (SignInRefused refused) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + refused.reason().name().toLowerCase());
            return;
        }
        if (!account.enabled()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/sign-in?error=disabled");
            return;
        }
        var principal = AccountAuthentication.signedIn(account);
        principal.eraseCredentials();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        landing.onAuthenticationSuccess(request, response, signedIn);
    }

    private Accounts.Account linkedAccount(OidcUser user) {
        var issuer = user.getIssuer().toString();
        var subject = user.getSubject();
        var account = accounts.linkedTo(issuer, subject).flatMap(accounts::byId).orElseGet(() -> linkOrCreate(user, issuer, subject));
        audit.record(new AccountActor(account.id(), account.displayName(), account.email()),
                AuditEvent.change("SIGNED_IN", "ACCOUNT", account.id().toString(), "Sign-in",
                        Map.of("method", "oidc", "issuer", issuer)));
        return account;
    }

    private Accounts.Account linkOrCreate(OidcUser user, String issuer, String subject) {
        var email = EmailAddresses.normalise(user.getEmail());
        if (EmailAddresses.problemWith(email).isPresent()) {
            throw new IllegalStateException("The identity provider gave no usable email address");
        }
        var verified = Boolean.TRUE.equals(user.getEmailVerified());
        var existing = accounts.byEmail(email);
        if (existing.isPresent() && !verified) {
            // Linking on an email the provider has not verified would let anyone claim an account.
            throw new SignInRefused(SignInRefused.Reason.UNVERIFIED);
        }
        UUID id;
        if (existing.isPresent()) {
            id = existing.get().id();
            accounts.markVerified(id);
        } else {
            id = UUID.randomUUID();
            var name = Names.normalise(user.getFullName() != null ? user.getFullName() : email);
            accounts.insert(id, email, name.length() > Names.MAX_LENGTH ? name.substring(0, Names.MAX_LENGTH) : name,
                    null, AccountKind.CITIZEN, verified);
            accounts.setRoles(id, EnumSet.of(Role.CITIZEN));
        }
        accounts.link(issuer, subject, id);
        return accounts.byId(id).orElseThrow();
    }
}
