package org.frontdoor.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a refused sign-in back to the page it came from, with a reason the page can explain. */
class SignInFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        var reason = exception instanceof SignInRefused refused ? refused.reason().name().toLowerCase() : "credentials";
        var page = "console".equals(request.getParameter("origin")) ? "/console/sign-in" : "/sign-in";
        response.sendRedirect(request.getContextPath() + page + "?error=" + reason);
    }
}
