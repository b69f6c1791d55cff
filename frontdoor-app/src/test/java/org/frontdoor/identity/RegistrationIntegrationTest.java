package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SystemTest
class RegistrationIntegrationTest {

    @Autowired
    Registration registration;
    @Autowired
    PasswordResets resets;
    @Autowired
    AccountDetails accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registeringSendsAConfirmationLinkThatWorksOnce() {
        var email = People.uniqueEmail("ada");
        var id = registration.register(new NewCitizen("Ada Lovelace", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        assertThat(accounts.ownAccount(id)).get().satisfies(a -> {
            assertThat(a.emailVerified()).isFalse();
            assertThat(a.roles()).containsExactly(Role.CITIZEN);
        });

        var link = Mailbox.linkIn(email, "Confirm your email address");
        var token = link.substring(link.indexOf("token=") + 6);
        registration.verifyEmail(token);

        assertThat(accounts.ownAccount(id)).get().extracting(AccountView::emailVerified).isEqualTo(true);
        assertThatThrownBy(() -> registration.verifyEmail(token)).isInstanceOf(InvalidToken.class);
        assertThat(audit.about("ACCOUNT", id.toString(), 10)).extracting(e -> e.action())
                .contains("REGISTERED", "EMAIL_VERIFIED");
    }

    @Test
    void storesOnlyAnArgon2HashOfThePassword() {
        var email = People.uniqueEmail("hash");
        registration.register(new NewCitizen("Hash Test", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        var stored = jdbc.sql("select password_hash from accounts where email = ?").param(email).query(String.class).single();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(People.GOOD_PASSWORD);
    }

    @Test
    void rejectsEveryBadFieldAtOnceAndSavesNothing() {
        var before = countAccounts();
        assertThatThrownBy(() -> registration.register(new NewCitizen("", "not-an-email", "short", "other")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("fullName", "email", "password"));
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void rejectsADuplicateEmailWhateverItsCase() {
        var email = People.uniqueEmail("twin");
        registration.register(new NewCitizen("First Twin", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        assertThatThrownBy(() -> registration.register(new NewCitizen("Second Twin", email.toUpperCase(), People.GOOD_PASSWORD,
                People.GOOD_PASSWORD)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems().getFirst().message())
                        .startsWith("An account already exists with this email address"));
    }

    @Test
    void concurrentRegistrationsWithOneEmailCreateOneAccount() throws Exception {
        var email = People.uniqueEmail("race");
        var tasks = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> {
                try {
                    registration.register(new NewCitizen("Racer", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
                    return true;
                } catch (InvalidInput duplicate) {
                    return false;
                }
            });
        }
        List<Boolean> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var future : pool.invokeAll(tasks)) {
                outcomes.add(future.get());
            }
        }
        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(jdbc.sql("select count(*) from accounts where lower(email) = lower(?)").param(email).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void rejectsOverLongFields() {
        assertThatThrownBy(() -> registration.register(new NewCitizen("N".repeat(101), "a".repeat(250) + "@example.org",
                "p".repeat(129) + "xyz", "")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::message)
                        .containsExactly("Full name must be 100 characters or fewer", "Email address must be 254 characters or fewer",
                                "Password must be 128 characters or fewer"));
    }

    @Test
    void aPasswordResetLinkWorksOnceAndAWeakPasswordDoesNotUseItUp() {
        var email = People.uniqueEmail("forgetful");
        registration.register(new NewCitizen("Forgetful Person", email, People.GOOD_PASSWORD, People.GOOD_PASSWORD));
        resets.requestReset(email);
        var link = Mailbox.linkIn(email, "Reset your password");
        var token = link.substring(link.indexOf("token=") + 6);

        assertThatThrownBy(() -> resets.resetPassword(token, "weak", "weak")).isInstanceOf(InvalidInput.class);
        assertThat(resets.isUsable(token)).isTrue();
        resets.resetPassword(token, "brand new lantern sky", "brand new lantern sky");
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.resetPassword(token, "another lantern sky", "another lantern sky"))
                .isInstanceOf(InvalidToken.class);
    }

    @Test
    void resetRequestsForUnknownEmailsSendNothing() {
        var email = People.uniqueEmail("nobody");
        resets.requestReset(email);
        var sent = jdbc.sql("select count(*) from outbound_emails where recipient = ?").param(email).query(Integer.class).single();
        assertThat(sent).isZero();
    }

    private int countAccounts() {
        return jdbc.sql("select count(*) from accounts").query(Integer.class).single();
    }
}
