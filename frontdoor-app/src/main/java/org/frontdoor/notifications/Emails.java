package org.frontdoor.notifications;

import java.util.UUID;

/** Sends email. Queuing joins the caller's transaction; delivery happens after it commits. */
public interface Emails {

    /** Queues a plain-text email and returns its id. */
    UUID send(String recipient, String subject, String body);
}
