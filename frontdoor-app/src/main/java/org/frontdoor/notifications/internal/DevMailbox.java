package org.frontdoor.notifications.internal;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the latest outgoing emails, so a developer can follow verification and reset links
 * without a mail server. Off unless {@code frontdoor.dev-mailbox.enabled}; the prod profile turns it off.
 */
@Controller
@ConditionalOnProperty(name = "frontdoor.dev-mailbox.enabled", havingValue = "true")
class DevMailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final OutboundEmails outbound;

    DevMailbox(OutboundEmails outbound) {
        this.outbound = outbound;
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) {
        model.addAttribute("emails", outbound.latest(50).stream()
                .map(email -> new Mail(email, LINK.matcher(email.body()).results().map(MatchResult::group).toList()))
                .toList());
        return "dev/mailbox";
    }

    record Mail(OutboundEmails.OutboundEmail email, List<String> links) {
    }
}
