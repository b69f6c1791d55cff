package org.frontdoor.identity.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in was refused, beyond a wrong password. The reason picks the message on the page;
 * it never says whether an account exists.
 */
class SignInRefused extends AuthenticationException {

    enum Reason { THROTTLED, UNVERIFIED, DISABLED }

    private final Reason reason;

    SignInRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
