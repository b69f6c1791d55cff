package org.frontdoor.people.internal;

import org.frontdoor.identity.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "What we hold about you": in the portal, the account holder sees the person the registry linked
 * them to (once they applied for something), every source record with its source, and which staff
 * looked at it and why, from the audit log.
 */
@Controller
class RegistryAccountPage {

    private final ReadingPersons reading;

    RegistryAccountPage(ReadingPersons reading) {
        this.reading = reading;
    }

    @GetMapping("/account/registry")
    String registry(@AuthenticationPrincipal SignedInAccount me, Model model) {
        var person = reading.own(me);
        model.addAttribute("person", person.orElse(null));
        model.addAttribute("views", person.map(p -> reading.lookedAt(p.id(), me.id().toString())).orElse(java.util.List.of()));
        return "portal/registry";
    }
}
