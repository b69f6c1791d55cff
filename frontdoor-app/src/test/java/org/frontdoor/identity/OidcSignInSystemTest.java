package org.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.frontdoor.support.TestEnvironment;
import org.frontdoor.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in through a real OpenID Connect provider on loopback: the authorization code flow with
 * discovery, token exchange and ID token validation, then the account linking rules.
 */
@SystemTest
class OidcSignInSystemTest {

    private final HttpClient provider = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewPersonSigningInWithTheProviderGetsACitizenAccount() throws Exception {
        var email = People.uniqueEmail("oidc");
        var visitor = signInAtProvider(UUID.randomUUID().toString(), email, true);
        assertThat(visitor.get("/account").body()).contains(email, "Olive Idp");
        assertThat(jdbc.sql("select count(*) from account_identities i join accounts a on a.id = i.account_id where a.email = ?")
                .param(email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameProviderIdentityReturnsToTheSameAccount() throws Exception {
        var subject = UUID.randomUUID().toString();
        var email = People.uniqueEmail("returning");
        signInAtProvider(subject, email, true);
        signInAtProvider(subject, email, true);
        assertThat(jdbc.sql("select count(*) from accounts where email = ?").param(email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aVerifiedEmailLinksToTheExistingStaffAccount() throws Exception {
        var visitor = signInAtProvider(UUID.randomUUID().toString(), People.CASEWORKER, true);
        var console = visitor.get("/console");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("Cara Caseworker");
    }

    @Test
    void anUnverifiedEmailNeverTakesOverAnExistingAccount() throws Exception {
        var visitor = new Visitor(port);
        var landing = completeFlow(visitor, UUID.randomUUID().toString(), People.ADMIN, false);
        assertThat(landing.header("Location")).endsWith("/sign-in?error=unverified");
        assertThat(visitor.get("/console").location()).isEqualTo("/console/sign-in");
    }

    @Test
    void theSignInPageOffersTheProvider() {
        assertThat(new Visitor(port).get("/sign-in").body()).contains("Sign in with Test identity provider");
    }

    private Visitor signInAtProvider(String subject, String email, boolean verified) throws Exception {
        var visitor = new Visitor(port);
        var landing = completeFlow(visitor, subject, email, verified);
        assertThat(landing.status()).isEqualTo(302);
        assertThat(landing.location()).isIn("/account", "/console");
        return visitor;
    }

    private Visitor.Page completeFlow(Visitor visitor, String subject, String email, boolean verified) throws Exception {
        TestEnvironment.get().oidc().enqueueCallback(new DefaultOAuth2TokenCallback(TestEnvironment.OIDC_ISSUER_ID, subject,
                JOSEObjectType.JWT.getType(), List.of("frontdoor"),
                Map.of("email", email, "email_verified", verified, "name", "Olive Idp"), 3600));
        var start = visitor.get("/oauth2/authorization/oidc");
        assertThat(start.status()).isEqualTo(302);
        var atProvider = provider.send(HttpRequest.newBuilder(URI.create(start.header("Location"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atProvider.statusCode()).isEqualTo(302);
        var callback = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
        return visitor.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }
}
