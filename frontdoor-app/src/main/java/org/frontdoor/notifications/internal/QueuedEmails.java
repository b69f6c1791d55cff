package org.frontdoor.notifications.internal;

import java.util.UUID;
import org.frontdoor.notifications.EmailQueued;
import org.frontdoor.notifications.Emails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class QueuedEmails implements Emails {

    private final OutboundEmails outbound;
    private final ApplicationEventPublisher events;

    QueuedEmails(OutboundEmails outbound, ApplicationEventPublisher events) {
        this.outbound = outbound;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID send(String recipient, String subject, String body) {
        var id = UUID.randomUUID();
        outbound.queue(id, recipient, subject, body);
        events.publishEvent(new EmailQueued(id));
        return id;
    }
}
