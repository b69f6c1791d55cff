package org.frontdoor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After sign-in: back to the page the person wanted, else staff to the console and citizens to their account. */
class SignInLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return authentication.getPrincipal() instanceof SignedInAccount account && account.isStaff() ? "/console" : "/account";
    }
}
