package org.frontdoor.grants.internal;

import org.frontdoor.grants.GrantApplication;
import org.springframework.stereotype.Component;

/** Grant agreements as PDF documents, from the template, with the terms and the amount awarded. */
@Component
class Agreements {

    byte[] render(GrantApplication application) {
        throw new IllegalStateException("Agreement documents arrive with the agreement template");
    }
}
