package org.frontdoor.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional OpenID Connect provider (GOV.UK One Login, a department's identity provider, ...).
 * Sign-in with it is offered only when {@code issuer} is set.
 *
 * @param issuer       the provider's issuer URL; its discovery document is read at start-up
 * @param clientId     this service's client id at the provider
 * @param clientSecret this service's client secret (from the environment, never the repo)
 * @param displayName  the provider's name on the sign-in button
 */
@ConfigurationProperties("frontdoor.oidc")
record OidcSettings(String issuer, String clientId, String clientSecret,
                    @DefaultValue("your organisation’s sign-in") String displayName) {

    boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }
}
