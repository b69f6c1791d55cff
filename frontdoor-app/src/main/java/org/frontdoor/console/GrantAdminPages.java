package org.frontdoor.console;

import java.util.List;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.grants.InvalidProgramme;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins publish a grant programme, or a new version of one, by pasting its YAML definition. A
 * refused definition stores nothing: every problem is listed and the text is kept to fix.
 */
@Controller
class GrantAdminPages {

    private final GrantProgrammes programmes;

    GrantAdminPages(GrantProgrammes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/console/admin/grants")
    String form(Model model) {
        return page(model, "");
    }

    @PostMapping("/console/admin/grants")
    String publish(@AuthenticationPrincipal SignedInAccount admin, @RequestParam(defaultValue = "") String yaml, Model model,
                   RedirectAttributes redirect) {
        if (yaml.isBlank()) {
            PageErrors.show(model, List.of(new FieldProblem("yaml", "Paste the programme's definition")));
            return page(model, yaml);
        }
        try {
            var published = programmes.publish(admin, yaml);
            redirect.addFlashAttribute("notice", "Version " + published.version() + " of ‘" + published.name() + "’ is published.");
            return "redirect:/console/grants/" + published.id();
        } catch (InvalidProgramme invalid) {
            PageErrors.show(model, invalid.problems().stream().map(p -> new FieldProblem("yaml", p)).toList());
            return page(model, yaml);
        }
    }

    private String page(Model model, String yaml) {
        model.addAttribute("yaml", yaml);
        model.addAttribute("programmes", programmes.programmes());
        return "console/admin/grant-programmes";
    }
}
