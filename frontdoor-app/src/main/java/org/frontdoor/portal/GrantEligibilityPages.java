package org.frontdoor.portal;

import java.time.Instant;
import java.util.List;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Check if you can apply", before any account is needed: who is applying and the programme's
 * eligibility questions, answered with every reason when the answer is no. Starting the application
 * needs sign-in and checks everything again, so the hidden fields carried to it are trusted for nothing.
 */
@Controller
class GrantEligibilityPages {

    private final GrantProgrammes programmes;
    private final ApplyingForGrants applying;
    private final ServiceCatalogue catalogue;

    GrantEligibilityPages(GrantProgrammes programmes, ApplyingForGrants applying, ServiceCatalogue catalogue) {
        this.programmes = programmes;
        this.applying = applying;
        this.catalogue = catalogue;
    }

    @GetMapping("/grants/{id}/eligibility")
    String questions(@PathVariable String id, Model model) {
        return form(programme(id), EligibilityForm.empty(), model);
    }

    @PostMapping("/grants/{id}/eligibility")
    String check(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id,
                 @RequestParam MultiValueMap<String, String> posted, Model model) {
        var programme = programme(id);
        var form = EligibilityForm.of(posted);
        var checked = applying.checkEligibility(id, form.applicant(), form.answers());
        if (!checked.valid()) {
            PageErrors.show(model, checked.problems());
            return form(programme, form, model);
        }
        model.addAttribute("programme", programme);
        if (!checked.eligibility().eligible()) {
            return notEligible(programme, form, checked.eligibility().reasons(), model);
        }
        model.addAttribute("signedIn", me != null);
        model.addAttribute("hidden", form.hidden());
        model.addAttribute("openNow", programmes.openRound(id, Instant.now()).isPresent());
        return "portal/grant-eligible";
    }

    /**
     * Where "Sign in to apply" leads: this address needs sign-in, so the sign-in page brings the person
     * back here afterwards, and from here to the questions (answers are not kept across sign-in).
     */
    @GetMapping("/grants/{id}/sign-in")
    String afterSignIn(@PathVariable String id) {
        return "redirect:/grants/" + programme(id).id() + "/eligibility";
    }

    @PostMapping("/grants/{id}/apply")
    String apply(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id,
                 @RequestParam MultiValueMap<String, String> posted, Model model) {
        var programme = programme(id);
        var form = EligibilityForm.of(posted);
        try {
            var draftId = applying.start(me, id, form.applicant(), form.answers());
            return "redirect:/account/applications/" + draftId;
        } catch (InvalidInput invalid) {
            // Not eligible any more (the rules changed, or the answers were altered on the way): the reasons page.
            if (invalid.problems().stream().allMatch(p -> p.field().equals("eligibility"))) {
                return notEligible(programme, form, invalid.problems().stream().map(FieldProblem::message).toList(), model);
            }
            PageErrors.show(model, invalid);
            return form(programme, form, model);
        }
    }

    private String notEligible(GrantProgramme programme, EligibilityForm form, List<String> reasons, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("reasons", reasons);
        model.addAttribute("others", otherOpenGrants(programme, form));
        return "portal/grant-not-eligible";
    }

    private String form(GrantProgramme programme, EligibilityForm form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("kinds", GrantListing.kinds(programme));
        model.addAttribute("individualsToo", programme.applicants().contains(ApplicantKind.INDIVIDUAL));
        model.addAttribute("chosenKind", form.kindWord());
        model.addAttribute("values", form.fields());
        model.addAttribute("questions", questions(programme));
        model.addAttribute("listing", GrantListing.of(programme, programmes.rounds(programme.id()), Instant.now()));
        return "portal/grant-eligibility";
    }

    private List<ServiceDefinition.Question> questions(GrantProgramme programme) {
        return catalogue.latest(programme.formServiceId()).stream()
                .flatMap(service -> service.form().pages().stream())
                .filter(page -> page.id().equals(programme.eligibilityPage()))
                .flatMap(page -> page.questions().stream())
                .toList();
    }

    /** Other programmes open now that take this kind of applicant: the honest "what you can do next". */
    private List<GrantListing> otherOpenGrants(GrantProgramme programme, EligibilityForm form) {
        var now = Instant.now();
        return programmes.programmes().stream()
                .filter(p -> !p.id().equals(programme.id()))
                .filter(p -> form.kind() == null || p.applicants().contains(form.kind()))
                .map(p -> GrantListing.of(p, programmes.rounds(p.id()), now))
                .filter(GrantListing::open)
                .sorted(GrantListing.ORDER)
                .toList();
    }

    private GrantProgramme programme(String id) {
        return programmes.programme(id).orElseThrow(() -> new NotFound("No grant " + id));
    }
}
