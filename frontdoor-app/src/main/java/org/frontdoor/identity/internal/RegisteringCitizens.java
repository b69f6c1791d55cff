package org.frontdoor.identity.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.InvalidToken;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.internal.AccountTokens.Purpose;
import org.frontdoor.notifications.Emails;
import org.frontdoor.platform.FieldChecks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegisteringCitizens implements Registration {

    static final Duration VERIFICATION_VALID_FOR = Duration.ofHours(24);
    private static final String DUPLICATE = "An account already exists with this email address. Sign in, or reset your password if you have forgotten it";

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final Emails emails;
    private final AuditLog audit;
    private final IdentitySettings settings;

    RegisteringCitizens(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, Emails emails,
                        AuditLog audit, IdentitySettings settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.emails = emails;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    @Transactional
    public UUID register(NewCitizen citizen) {
        var name = Names.normalise(citizen.fullName());
        var email = EmailAddresses.normalise(citizen.email());
        var checks = new FieldChecks();
        Names.problemWith(name, "Enter your full name", "Full name").ifPresent(m -> checks.reject("fullName", m));
        EmailAddresses.problemWith(email).ifPresent(m -> checks.reject("email", m));
        PasswordPolicy.problemWith(citizen.password(), email).ifPresent(m -> checks.reject("password", m));
        if (!checks.has("password") && !citizen.password().equals(citizen.confirmPassword())) {
            checks.reject("confirmPassword", "Enter the same password twice");
        }
        if (!checks.has("email") && accounts.byEmail(email).isPresent()) {
            checks.reject("email", DUPLICATE);
        }
        checks.throwIfAny();

        var id = UUID.randomUUID();
        try {
            accounts.insert(id, email, name, passwords.encode(citizen.password()), AccountKind.CITIZEN, false);
        } catch (DuplicateKeyException raced) {
            // Two registrations with one email at the same moment: the unique index decides.
            new FieldChecks().reject("email", DUPLICATE).throwIfAny();
        }
        accounts.setRoles(id, EnumSet.of(Role.CITIZEN));
        sendConfirmation(id, email, name);
        audit.record(new AccountActor(id, name, email),
                AuditEvent.change("REGISTERED", "ACCOUNT", id.toString(), "Citizen registration", Map.of()));
        return id;
    }

    @Override
    @Transactional
    public void verifyEmail(String token) {
        var accountId = tokens.consume(token, Purpose.VERIFY_EMAIL)
                .orElseThrow(() -> new InvalidToken("This confirmation link has expired or has already been used."));
        accounts.markVerified(accountId);
        var account = accounts.byId(accountId).orElseThrow();
        audit.record(new AccountActor(accountId, account.displayName(), account.email()),
                AuditEvent.change("EMAIL_VERIFIED", "ACCOUNT", accountId.toString(), "Citizen registration", Map.of()));
    }

    @Override
    @Transactional
    public void resendVerification(String email) {
        accounts.byEmail(EmailAddresses.normalise(email))
                .filter(account -> !account.emailVerified() && account.kind() == AccountKind.CITIZEN)
                .ifPresent(account -> {
                    tokens.voidAll(account.id(), Purpose.VERIFY_EMAIL);
                    sendConfirmation(account.id(), account.email(), account.displayName());
                });
    }

    private void sendConfirmation(UUID id, String email, String name) {
        var token = tokens.issue(id, Purpose.VERIFY_EMAIL, VERIFICATION_VALID_FOR);
        emails.send(email, "Confirm your email address", """
                Dear %s,

                Confirm your email address to finish creating your Frontdoor account:

                %s

                The link works once and expires in 24 hours. If you did not create an account, ignore this email.
                """.formatted(name, settings.link("/verify-email?token=" + token)));
    }

    /** Names a person in the audit log before they have signed in. */
    record AccountActor(UUID id, String name, String email) implements org.frontdoor.audit.AuditActor {
        @Override
        public String auditActorId() {
            return id.toString();
        }

        @Override
        public String auditActorName() {
            return name + " <" + email + ">";
        }
    }
}
