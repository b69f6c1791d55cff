package org.frontdoor.identity;

/** Citizens register themselves; staff are created by an admin. */
public enum AccountKind {
    CITIZEN, STAFF
}
