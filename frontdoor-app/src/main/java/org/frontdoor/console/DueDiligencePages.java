package org.frontdoor.console;

import java.util.UUID;
import org.frontdoor.diligence.DiligenceReports;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overriding a case's due-diligence rating; the report itself is a section of the case page. */
@Controller
class DueDiligencePages {

    private final DiligenceReports reports;

    DueDiligencePages(DiligenceReports reports) {
        this.reports = reports;
    }

    @GetMapping("/console/cases/{id}/diligence/override")
    String overrideForm(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        return form(me, id, "", "", model);
    }

    @PostMapping("/console/cases/{id}/diligence/override")
    String override(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                    @RequestParam(defaultValue = "") String overrideRating, @RequestParam(defaultValue = "") String overrideReason,
                    Model model, RedirectAttributes redirect) {
        try {
            var report = reports.override(me, id, overrideRating, overrideReason);
            redirect.addFlashAttribute("notice", "The due-diligence rating is now " + report.rating().label() + ".");
            return "redirect:/console/cases/" + id + "#due-diligence";
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return form(me, id, overrideRating, overrideReason, model);
        }
    }

    @PostMapping("/console/cases/{id}/diligence/checks")
    String checkAgain(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, RedirectAttributes redirect) {
        reports.checkAgain(me, id);
        redirect.addFlashAttribute("notice", "The due-diligence checks are running again. Refresh the page to see their results.");
        return "redirect:/console/cases/" + id + "#due-diligence";
    }

    private String form(SignedInAccount me, UUID id, String rating, String reason, Model model) {
        var report = reports.forCase(me, id).orElseThrow(() -> new NotFound("No due-diligence report for case " + id));
        if (!reports.mayOverride(me)) {
            throw new org.springframework.security.access.AccessDeniedException("Only team leads and admins override ratings");
        }
        model.addAttribute("report", report);
        model.addAttribute("overrideRating", rating);
        model.addAttribute("overrideReason", reason);
        return "console/diligence-override";
    }
}
