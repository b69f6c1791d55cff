package org.frontdoor.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl the public address of this deployment, used in emailed links
 * @param signIn  throttling of password guessing
 */
@ConfigurationProperties("frontdoor")
record IdentitySettings(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue SignIn signIn) {

    /**
     * @param maxFailuresPerAccount failed attempts on one account within the window before it is paused
     * @param maxFailuresPerAddress failed attempts from one address within the window before it is paused
     * @param window                how far back failures count
     */
    record SignIn(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("50") int maxFailuresPerAddress,
                  @DefaultValue("15m") Duration window) {
    }

    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
