/**
 * Messages to people. For now email: every message is stored with the change that caused it and
 * delivered after commit through the event outbox, so a mail server outage loses nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.frontdoor.notifications;
