package org.frontdoor.portal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.services.AnswerText;
import org.frontdoor.services.ServiceCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Your cases": where each of the citizen's requests stands, in plain words. */
@Controller
class CasePages {

    private final ReadingCases cases;
    private final ServiceCatalogue catalogue;

    CasePages(ReadingCases cases, ServiceCatalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    @GetMapping("/account/cases")
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("cases", cases.ownCases(me));
        return "portal/cases";
    }

    /** Someone else's case, or one that does not exist, is the same 404. */
    @GetMapping("/account/cases/{id}")
    String show(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        var found = cases.read(me, id).filter(c -> c.applicantId().equals(me.id()))
                .orElseThrow(() -> new NotFound("No case " + id));
        model.addAttribute("case", found);
        model.addAttribute("answers", answers(found));
        return "portal/case";
    }

    private List<AnswerText.Line> answers(CaseDetails found) {
        return catalogue.version(found.serviceId(), found.serviceVersion())
                .map(service -> AnswerText.of(service.form(), found.answers()))
                .orElse(List.of());
    }
}
