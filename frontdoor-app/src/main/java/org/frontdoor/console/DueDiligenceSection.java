package org.frontdoor.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.frontdoor.diligence.DiligenceReport;
import org.frontdoor.diligence.DiligenceReports;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives the whole-case page its "Due diligence" section without the case page's controller
 * knowing about it: the report is read (and the read audited) only if the page is rendered, not
 * for actions that redirect.
 */
@ControllerAdvice(assignableTypes = CaseworkPages.class)
class DueDiligenceSection {

    private final DiligenceReports reports;

    DueDiligenceSection(DiligenceReports reports) {
        this.reports = reports;
    }

    @ModelAttribute
    void diligence(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (me == null || !(variables instanceof Map<?, ?> vars) || !(vars.get("id") instanceof String id)) {
            return;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return;
        }
        model.addAttribute("diligence", new Lazy(() -> reports.forCase(me, caseId), reports.mayOverride(me)));
    }

    /** The report, read on first use. */
    static final class Lazy {
        private final Supplier<Optional<DiligenceReport>> read;
        private final boolean mayOverride;
        private Optional<DiligenceReport> report;

        Lazy(Supplier<Optional<DiligenceReport>> read, boolean mayOverride) {
            this.read = read;
            this.mayOverride = mayOverride;
        }

        public DiligenceReport report() {
            if (report == null) {
                report = read.get();
            }
            return report.orElse(null);
        }

        public boolean mayOverride() {
            return mayOverride;
        }
    }
}
