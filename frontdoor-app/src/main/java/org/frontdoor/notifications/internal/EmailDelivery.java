package org.frontdoor.notifications.internal;

import org.frontdoor.notifications.EmailQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers queued emails after their transaction commits. With no SMTP server configured (as in
 * development) the email is only logged and stays readable in the dev mailbox. A failed delivery
 * leaves the event publication incomplete, so it is retried on restart.
 */
@Component
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final OutboundEmails outbound;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;

    EmailDelivery(OutboundEmails outbound, ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
        this.outbound = outbound;
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(EmailQueued queued) {
        var email = outbound.find(queued.emailId()).orElseThrow();
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured: email {} to {} kept in the dev mailbox", email.id(), email.recipient());
            outbound.markDelivered(email.id(), "LOGGED");
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(email.recipient());
        message.setSubject(email.subject());
        message.setText(email.body());
        try {
            sender.send(message);
            outbound.markDelivered(email.id(), "SENT");
        } catch (MailException e) {
            outbound.markFailed(email.id(), e.getMessage());
            throw e;
        }
    }
}
