package org.frontdoor.portal;

import java.util.UUID;
import org.frontdoor.diligence.DiligenceReports;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's grants: where each stands, the decision, the offer to accept, the agreement,
 * monitoring reports and payments. Only the applicant and members of the applying organisation see
 * one; anyone else is told it does not exist.
 */
@Controller
class GrantApplicationPages {

    private final ApplyingForGrants applying;
    private final GrantProgrammes programmes;
    private final ServiceCatalogue catalogue;
    private final DiligenceReports diligence;

    GrantApplicationPages(ApplyingForGrants applying, GrantProgrammes programmes, ServiceCatalogue catalogue,
                          DiligenceReports diligence) {
        this.diligence = diligence;
        this.applying = applying;
        this.programmes = programmes;
        this.catalogue = catalogue;
    }

    @GetMapping("/account/grants")
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("grants", applying.mine(me).stream().map(this::view).toList());
        model.addAttribute("drafts", applying.drafts(me));
        model.addAttribute("organisations", applying.organisations(me));
        return "portal/grant-applications";
    }

    @GetMapping("/account/grants/{caseId}")
    String show(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId, Model model) {
        return page(me, caseId, model, "", "");
    }

    @PostMapping("/account/grants/{caseId}/accept")
    String accept(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                  @RequestParam(defaultValue = "") String agree, Model model, RedirectAttributes redirect) {
        mine(me, caseId);
        try {
            // The tick is the person's own statement that they read the terms; the back end records the acceptance.
            if (!"yes".equals(agree)) {
                throw InvalidInput.of("agree", "Confirm that you have read the agreement and accept its terms");
            }
            applying.acceptOffer(me, caseId);
            redirect.addFlashAttribute("notice", "You have accepted the offer. The grant agreement is now in place.");
            return "redirect:/account/grants/" + caseId;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return page(me, caseId, model, "", "");
        }
    }

    @PostMapping("/account/grants/{caseId}/monitoring")
    String report(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                  @RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String spent,
                  Model model, RedirectAttributes redirect) {
        mine(me, caseId);
        try {
            applying.sendMonitoringReport(me, caseId, summary, spent);
            redirect.addFlashAttribute("notice", "Monitoring report sent.");
            return "redirect:/account/grants/" + caseId;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return page(me, caseId, model, summary, spent);
        }
    }

    @GetMapping("/account/grants/{caseId}/agreement.pdf")
    ResponseEntity<byte[]> agreement(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId) {
        var grant = mine(me, caseId);
        if (grant.decision() != GrantApplication.Decision.AWARDED) {
            throw new NotFound("No agreement for " + caseId);
        }
        var pdf = applying.agreement(me, caseId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("grant-agreement-" + grant.reference() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    private String page(SignedInAccount me, UUID caseId, Model model, String summary, String spent) {
        model.addAttribute("grant", view(mine(me, caseId)));
        model.addAttribute("toPutRight", diligence.forApplicant(me, caseId));
        model.addAttribute("summary", summary);
        model.addAttribute("spent", spent);
        return "portal/grant-application";
    }

    private GrantApplication mine(SignedInAccount me, UUID caseId) {
        return applying.mine(me, caseId).orElseThrow(() -> new NotFound("No grant application " + caseId));
    }

    /** The case state in the words the programme's form gives the applicant. */
    private GrantView view(GrantApplication application) {
        var state = programmes.programme(application.programmeId())
                .flatMap(p -> catalogue.latest(p.formServiceId()))
                .flatMap(service -> service.lifecycle().state(application.caseState()));
        return new GrantView(application, state.map(s -> s.citizenStatus() != null ? s.citizenStatus() : s.label()).orElse(application.caseState()),
                state.map(ServiceDefinition.State::terminal).orElse(false));
    }
}
