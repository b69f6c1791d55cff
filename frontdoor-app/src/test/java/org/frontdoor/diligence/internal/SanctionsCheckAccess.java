package org.frontdoor.diligence.internal;

/** Lets system tests in other packages raise the module-internal "lists loaded" event. */
public final class SanctionsCheckAccess {

    public Object listsLoaded() {
        return new SanctionsCheck.ListsLoaded(300);
    }
}
