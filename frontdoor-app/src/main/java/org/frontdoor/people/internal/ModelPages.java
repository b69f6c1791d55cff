package org.frontdoor.people.internal;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages of the linkage model: the version in use, its history, retraining, and what each retraining changed. */
@Controller
class ModelPages {

    private final LinkageModels models;
    private final MatchingState state;
    private final Registry registry;
    private final Retraining retraining;

    ModelPages(LinkageModels models, MatchingState state, Registry registry, Retraining retraining) {
        this.models = models;
        this.state = state;
        this.registry = registry;
        this.retraining = retraining;
    }

    @GetMapping("/console/people/model")
    String overview(@AuthenticationPrincipal SignedInAccount me, Model model) {
        Access.require(me, Access.MANAGE_MODEL);
        var decisions = registry.decisions();
        model.addAttribute("current", state.now().modelVersion());
        model.addAttribute("versions", models.versions());
        model.addAttribute("samePerson", decisions.stream().filter(Registry.Decision::samePerson).count());
        model.addAttribute("differentPeople", decisions.stream().filter(d -> !d.samePerson()).count());
        return "console/people/model";
    }

    @PostMapping("/console/people/model")
    String retrain(@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        Access.require(me, Access.MANAGE_MODEL);
        try {
            var version = retraining.retrain(me);
            redirect.addFlashAttribute("notice", "Version " + version.version() + " of the linkage model is now used for "
                    + "matching on every node. Links made earlier keep the version that made them.");
            return "redirect:/console/people/model/" + version.version();
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return overview(me, model);
        }
    }

    @GetMapping("/console/people/model/{version:[0-9]{1,9}}")
    String version(@AuthenticationPrincipal SignedInAccount me, @PathVariable int version, Model model) {
        Access.require(me, Access.MANAGE_MODEL);
        model.addAttribute("v", models.version(version).orElseThrow(() -> new NotFound("No linkage model version " + version)));
        model.addAttribute("current", state.now().modelVersion());
        return "console/people/model-version";
    }

    @PostMapping("/console/people/model/{version:[0-9]{1,9}}/use")
    String use(@AuthenticationPrincipal SignedInAccount me, @PathVariable int version, RedirectAttributes redirect) {
        Access.require(me, Access.MANAGE_MODEL);
        retraining.use(me, version);
        redirect.addFlashAttribute("notice", "Matching uses version " + version + " of the linkage model from now on, on every node.");
        return version == LinkageModels.SHIPPED ? "redirect:/console/people/model" : "redirect:/console/people/model/" + version;
    }
}
