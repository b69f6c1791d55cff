package org.frontdoor.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** Registers the configured OpenID Connect provider, discovered from its issuer. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${frontdoor.oidc.issuer:}' != ''")
class OidcConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcSettings settings) {
        var registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName(settings.displayName())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
