package org.frontdoor.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantProgrammes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Lets the whole-case page link to the grant application page when the case was made with a grant
 * programme's form, without the case page's controller knowing about grants. The programmes are
 * read only if the page is rendered, not for actions that redirect.
 */
@ControllerAdvice(assignableTypes = CaseworkPages.class)
class GrantCaseLink {

    private final GrantProgrammes programmes;

    GrantCaseLink(GrantProgrammes programmes) {
        this.programmes = programmes;
    }

    @ModelAttribute
    void grantForms(Model model) {
        model.addAttribute("grantForms", new GrantForms(programmes));
    }

    /** The services that are grant programmes' forms, read on first use. */
    static final class GrantForms {
        private final GrantProgrammes programmes;
        private Set<String> forms;

        GrantForms(GrantProgrammes programmes) {
            this.programmes = programmes;
        }

        public boolean contains(String serviceId) {
            if (forms == null) {
                forms = programmes.programmes().stream().map(GrantProgramme::formServiceId).collect(Collectors.toSet());
            }
            return forms.contains(serviceId);
        }
    }
}
