package org.frontdoor.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom the sender address of every email
 */
@ConfigurationProperties("frontdoor")
record MailSettings(@DefaultValue("no-reply@frontdoor.invalid") String mailFrom) {
}
