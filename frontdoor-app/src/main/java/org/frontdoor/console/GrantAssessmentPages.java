package org.frontdoor.console;

import java.util.Map;
import java.util.UUID;
import org.frontdoor.grants.AssessingGrants;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A grant application's page and its assessment forms: team leads assign assessors and moderate,
 * assessors score or step off with a conflict of interest. Decisions and money are in
 * {@link GrantDecisionForms}; the case itself (transitions, messages, documents) on the whole-case page.
 */
@Controller
class GrantAssessmentPages {

    private final GrantApplicationPage page;
    private final AssessingGrants assessing;

    GrantAssessmentPages(GrantApplicationPage page, AssessingGrants assessing) {
        this.page = page;
        this.assessing = assessing;
    }

    @GetMapping("/console/grants/applications/{caseId}")
    String show(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId, Model model) {
        return page.show(me, caseId, model, Map.of());
    }

    @PostMapping("/console/grants/applications/{caseId}/assessors")
    String assign(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                  @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        var chosen = form.getFirst("assessor");
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form), Map.of(),
                () -> assessing.assign(me, caseId, assessorId(chosen)), () -> "Assessor assigned.");
    }

    @PostMapping("/console/grants/applications/{caseId}/conflict")
    String declareConflict(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                           @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form), Map.of("reason", "conflictReason"),
                () -> assessing.declareConflict(me, caseId, form.getFirst("conflictReason")),
                () -> "Conflict of interest recorded. You are no longer assessing this application.");
    }

    @PostMapping("/console/grants/applications/{caseId}/scores")
    String score(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                 @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form), Map.of("scores", "assessment"),
                () -> assessing.score(me, caseId, form), () -> "Your scores are saved.");
    }

    @PostMapping("/console/grants/applications/{caseId}/moderation")
    String moderate(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                    @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form), Map.of(),
                () -> assessing.moderate(me, caseId, form.getFirst("moderatedScore"), form.getFirst("moderationNote")),
                () -> "The agreed score is saved.");
    }

    private static UUID assessorId(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.of("assessor", "Choose an assessor from the list");
        }
    }
}
