package org.frontdoor.console;

import org.frontdoor.identity.AccountAdministration;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for teams. Membership is set on each staff account's page. */
@Controller
class TeamAdminPages {

    private final AccountAdministration administration;

    TeamAdminPages(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/console/admin/teams")
    String teams(Model model) {
        model.addAttribute("teams", administration.teams());
        model.addAttribute("name", "");
        return "console/admin/teams";
    }

    @PostMapping("/console/admin/teams")
    String create(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            administration.createTeam(name);
            redirect.addFlashAttribute("notice", "Team ‘" + name.strip() + "’ created.");
            return "redirect:/console/admin/teams";
        } catch (InvalidInput invalid) {
            model.addAttribute("teams", administration.teams());
            model.addAttribute("name", name);
            PageErrors.show(model, invalid);
            return "console/admin/teams";
        }
    }
}
