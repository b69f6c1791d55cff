package org.frontdoor.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontdoor.support.People;
import org.frontdoor.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** One address guessing passwords across many accounts is paused, even for an account it has not tried. */
@SystemTest
class AddressThrottlingIntegrationTest {

    @Autowired
    AccountAuthentication authentication;
    @Autowired
    IdentitySettings settings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAddressWithTooManyFailuresIsPausedForEveryAccount() {
        var address = "203.0.113." + (int) (Math.random() * 250 + 1);
        jdbc.sql("""
                insert into sign_in_attempts (login, remote_address, succeeded)
                select 'sprayed' || n || '@example.org', ?, false from generate_series(1, ?) n""")
                .params(address, settings.signIn().maxFailuresPerAddress())
                .update();

        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(People.CASEWORKER, People.DEMO_PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        assertThatThrownBy(() -> authentication.authenticate(attempt))
                .isInstanceOfSatisfying(SignInRefused.class, refused ->
                        org.assertj.core.api.Assertions.assertThat(refused.reason()).isEqualTo(SignInRefused.Reason.THROTTLED));
    }
}
