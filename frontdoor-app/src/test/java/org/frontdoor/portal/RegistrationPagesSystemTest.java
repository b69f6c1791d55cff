package org.frontdoor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontdoor.support.Mailbox;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration pages with bad input: a GOV.UK error summary linking to each field, and nothing half-saved. */
@SystemTest
class RegistrationPagesSystemTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void malformedEmailAndWeakPasswordAreListedInTheErrorSummaryWithLinksToTheirFields() {
        var visitor = new Visitor(port);
        visitor.get("/register");
        var page = visitor.post("/register", Map.of("fullName", "Ada Lovelace", "email", "ada-at-example",
                "password", "password", "confirmPassword", "password"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Error: Create an account – Frontdoor</title>")
                .contains("govuk-error-summary")
                .contains("<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>")
                .contains("<a href=\"#password\">Password must be 12 characters or more</a>")
                .contains("id=\"email-error\"")
                .contains("value=\"Ada Lovelace\"")
                .doesNotContain("value=\"password\"");
        assertThat(accountsWith("ada-at-example")).isZero();
    }

    @Test
    void aDuplicateEmailIsExplainedOnTheEmailField() {
        var email = People.uniqueEmail("dup");
        register(new Visitor(port), email);
        var second = new Visitor(port);
        second.get("/register");
        var page = second.post("/register", Map.of("fullName", "Someone Else", "email", email,
                "password", People.GOOD_PASSWORD, "confirmPassword", People.GOOD_PASSWORD));
        assertThat(page.body()).contains("<a href=\"#email\">An account already exists with this email address");
        assertThat(accountsWith(email)).isEqualTo(1);
    }

    @Test
    void overLongFieldsAreRefusedWithMessagesAndNothingSaved() {
        var visitor = new Visitor(port);
        visitor.get("/register");
        var longEmail = "x".repeat(300) + "@example.org";
        var page = visitor.post("/register", Map.of("fullName", "N".repeat(500), "email", longEmail,
                "password", "p".repeat(500), "confirmPassword", ""));
        assertThat(page.body())
                .contains("<a href=\"#fullName\">Full name must be 100 characters or fewer</a>")
                .contains("<a href=\"#email\">Email address must be 254 characters or fewer</a>")
                .contains("<a href=\"#password\">Password must be 128 characters or fewer</a>");
        assertThat(accountsWith(longEmail)).isZero();
    }

    @Test
    void emptyFormAsksForEachField() {
        var visitor = new Visitor(port);
        visitor.get("/register");
        var page = visitor.post("/register", Map.of());
        assertThat(page.body()).contains("<a href=\"#fullName\">Enter your full name</a>",
                "<a href=\"#email\">Enter your email address</a>", "<a href=\"#password\">Enter a password</a>");
    }

    @Test
    void hostileInputIsShownAsTextNeverAsMarkup() {
        var visitor = new Visitor(port);
        visitor.get("/register");
        var page = visitor.post("/register", Map.of("fullName", "<script>alert(1)</script>", "email", "bad",
                "password", "", "confirmPassword", ""));
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aCitizenRegistersConfirmsSignsInAndSeesTheirAccount() {
        var email = People.uniqueEmail("journey");
        var visitor = new Visitor(port);
        register(visitor, email);
        assertThat(visitor.signIn(email, People.GOOD_PASSWORD).header("Location")).endsWith("/sign-in?error=unverified");

        visitor.get(Mailbox.linkIn(email, "Confirm your email address"));
        assertThat(visitor.signIn(email, People.GOOD_PASSWORD).location()).isEqualTo("/account");
        assertThat(visitor.get("/account").body()).contains("Your account", email);
    }

    private void register(Visitor visitor, String email) {
        visitor.get("/register");
        var page = visitor.post("/register", Map.of("fullName", "Journey Person", "email", email,
                "password", People.GOOD_PASSWORD, "confirmPassword", People.GOOD_PASSWORD));
        assertThat(page.location()).isEqualTo("/register/check-email");
    }

    private int accountsWith(String email) {
        return jdbc.sql("select count(*) from accounts where lower(email) = lower(?)").param(email).query(Integer.class).single();
    }
}
