package org.frontdoor.notifications;

import java.util.UUID;

/** An email was stored and awaits delivery. Carries only the id: the text, with any links in it, stays in the database. */
public record EmailQueued(UUID emailId) {
}
