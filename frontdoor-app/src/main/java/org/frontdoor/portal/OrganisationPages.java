package org.frontdoor.portal;

import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.Organisation;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people who apply for an organisation: members see each other and add colleagues, who then
 * see the organisation's grants and can apply for it. Someone who is not a member gets 404.
 */
@Controller
class OrganisationPages {

    private final ApplyingForGrants applying;

    OrganisationPages(ApplyingForGrants applying) {
        this.applying = applying;
    }

    @GetMapping("/account/organisations/{orgId}")
    String members(@AuthenticationPrincipal SignedInAccount me, @PathVariable String orgId, Model model) {
        return page(me, orgId, "", model);
    }

    @PostMapping("/account/organisations/{orgId}/members")
    String add(@AuthenticationPrincipal SignedInAccount me, @PathVariable String orgId,
               @RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
        var organisation = organisation(me, orgId);
        try {
            if (email.isBlank()) {
                throw InvalidInput.of("email", "Enter your colleague’s email address");
            }
            applying.addMember(me, orgId, email.strip());
            redirect.addFlashAttribute("notice", email.strip() + " can now see and apply for " + organisation.name() + "’s grants.");
            return "redirect:/account/organisations/" + orgId;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return page(me, orgId, email, model);
        }
    }

    private String page(SignedInAccount me, String orgId, String email, Model model) {
        model.addAttribute("organisation", organisation(me, orgId));
        model.addAttribute("members", applying.members(me, orgId));
        model.addAttribute("email", email);
        return "portal/organisation";
    }

    private Organisation organisation(SignedInAccount me, String orgId) {
        return applying.organisations(me).stream().filter(o -> o.orgId().equals(orgId)).findFirst()
                .orElseThrow(() -> new NotFound("No organisation " + orgId));
    }
}
