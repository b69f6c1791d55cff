package org.frontdoor.portal;

import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Your account": what we hold about the signed-in person, and who has looked at it. */
@Controller
class AccountPage {

    private final AccountDetails accounts;
    private final AuditLog audit;

    AccountPage(AccountDetails accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/account")
    @Transactional
    String account(@AuthenticationPrincipal SignedInAccount me, Model model) {
        var id = me.id().toString();
        model.addAttribute("account", accounts.ownAccount(me.id()).orElseThrow(() -> new NotFound("No account")));
        model.addAttribute("views", audit.about("ACCOUNT", id, 20).stream()
                .filter(entry -> !entry.actorId().equals(id))
                .toList());
        audit.record(AuditEvent.read("ACCOUNT", id, "The account holder viewing their own account"));
        return "portal/account";
    }
}
