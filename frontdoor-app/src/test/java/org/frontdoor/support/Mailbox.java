package org.frontdoor.support;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** Reads the emails the application really sent, from the test SMTP server. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {
    }

    /** Waits for the newest email to this address whose subject contains the text, and returns its body. */
    public static String latest(String recipient, String subjectContains) {
        var mail = TestEnvironment.get().mail();
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> find(mail.getReceivedMessages(), recipient, subjectContains), body -> body != null);
    }

    /** The path and query of the first link in the newest matching email. */
    public static String linkIn(String recipient, String subjectContains) {
        var matcher = LINK.matcher(latest(recipient, subjectContains));
        if (!matcher.find()) {
            throw new AssertionError("No link in the email to " + recipient);
        }
        var uri = java.net.URI.create(matcher.group());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String find(MimeMessage[] messages, String recipient, String subjectContains) throws Exception {
        var list = Arrays.asList(messages);
        for (int i = list.size() - 1; i >= 0; i--) {
            var message = list.get(i);
            var to = Arrays.stream(message.getAllRecipients()).map(Object::toString).anyMatch(recipient::equalsIgnoreCase);
            if (to && message.getSubject().contains(subjectContains)) {
                return message.getContent().toString().replace("\r\n", "\n");
            }
        }
        return null;
    }
}
