package org.frontdoor.console;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every grant page's template may rely on: the formats, and an empty map of typed values, so
 * that forms render blank without null checks and refused forms render what was typed.
 */
@ControllerAdvice(assignableTypes = {GrantProgrammePages.class, GrantAssessmentPages.class, GrantDecisionForms.class,
        PaymentRunPages.class, GrantAdminPages.class})
class GrantPageDefaults {

    @ModelAttribute
    void defaults(Model model) {
        model.addAttribute("grantText", GrantText.INSTANCE);
        model.addAttribute("typed", Map.of());
    }
}
