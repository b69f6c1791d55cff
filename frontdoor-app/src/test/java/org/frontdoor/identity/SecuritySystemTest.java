package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deny by default, role checks, CSRF, headers and throttling, tried over real HTTP. */
@SystemTest
class SecuritySystemTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/admin/users", "/console/admin/teams", "/console/admin/audit"})
    void anonymousVisitorsAreSentToStaffSignIn(String path) {
        var page = new Visitor(port).get(path);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/console/sign-in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/some/unlisted/path"})
    void anonymousVisitorsAreSentToSignInElsewhere(String path) {
        assertThat(new Visitor(port).get(path).location()).isEqualTo("/sign-in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/audit/entries", "/actuator/prometheus"})
    void anonymousApiCallsGetA401ProblemDetail(String path) {
        var page = new Visitor(port).get(path);
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(page.body()).contains("\"status\":401");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/admin/users", "/console/admin/audit"})
    void aCitizenCannotReachStaffPages(String path) {
        var citizen = new Visitor(port);
        citizen.signIn(People.CITIZEN, People.DEMO_PASSWORD);
        var page = citizen.get(path);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see this page").doesNotContain("Exception");
    }

    @Test
    void aCaseworkerCannotReachAdminPages() {
        var caseworker = new Visitor(port);
        caseworker.signIn(People.CASEWORKER, People.DEMO_PASSWORD);
        assertThat(caseworker.get("/console").status()).isEqualTo(200);
        assertThat(caseworker.get("/console/admin/users").status()).isEqualTo(403);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        var forged = admin.postRaw("/console/admin/teams", Map.of("name", "Forged team"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(admin.get("/console/admin/teams").body()).doesNotContain("Forged team");
    }

    @Test
    void signInItselfNeedsTheCsrfToken() {
        var visitor = new Visitor(port);
        var page = visitor.postRaw("/sign-in", Map.of("email", People.ADMIN, "password", People.DEMO_PASSWORD));
        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void pagesCarryStrictSecurityHeadersAndASecureSessionCookie() {
        var visitor = new Visitor(port);
        var page = visitor.get("/sign-in");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("X-Request-Id")).isNotBlank();
        var signedIn = visitor.post("/sign-in", Map.of("email", People.CASEWORKER, "password", People.DEMO_PASSWORD));
        assertThat(signedIn.headers().get("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("FRONTDOOR_SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void theSessionIdChangesAtSignInAgainstFixation() {
        var visitor = new Visitor(port);
        visitor.get("/sign-in");
        var before = visitor.cookie("FRONTDOOR_SESSION");
        visitor.post("/sign-in", Map.of("email", People.CASEWORKER, "password", People.DEMO_PASSWORD));
        assertThat(visitor.cookie("FRONTDOOR_SESSION")).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void repeatedWrongPasswordsPauseTheAccountEvenForTheRightPassword() {
        var email = People.uniqueEmail("guessed");
        var visitor = new Visitor(port);
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.signIn(email, "wrong password " + i).location()).isEqualTo("/sign-in");
        }
        var page = visitor.signIn(email, "any password at all");
        assertThat(page.header("Location")).endsWith("/sign-in?error=throttled");
        assertThat(visitor.follow(page).body()).contains("You have tried to sign in too many times");
    }

    @Test
    void aWrongPasswordGivesOneMessageWhetherOrNotTheAccountExists() {
        var known = new Visitor(port).signIn(People.CASEWORKER, "not the password at all");
        var unknown = new Visitor(port).signIn(People.uniqueEmail("ghost"), "not the password at all");
        assertThat(known.header("Location")).isEqualTo(unknown.header("Location")).endsWith("/sign-in?error=credentials");
    }

    @Test
    void errorsNeverShowStackTraces() {
        var admin = new Visitor(port);
        admin.signIn(People.ADMIN, People.DEMO_PASSWORD);
        var page = admin.get("/console/admin/users/not-a-uuid");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Exception", "at org.").contains("There is a problem with your request");
        var missing = admin.get("/console/admin/users/00000000-0000-0000-0000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
        var failed = admin.get("/console/admin/users/not-a-uuid");
        assertThat(failed.body()).contains(failed.header("X-Request-Id"));
    }

    @Test
    void theApiAnswersWhoIsCalling() {
        var api = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((People.CASEWORKER + ":" + People.DEMO_PASSWORD).getBytes()))
                .build();
        try {
            var response = api.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"email\":\"caseworker@frontdoor.example\"", "CASEWORKER");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
