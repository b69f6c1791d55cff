package org.frontdoor.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.audit.AuditQuery;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins search the audit log and check that its chain is intact. Searching is itself audited. */
@Controller
class AuditAdminPages {

    private final AuditLog audit;

    AuditAdminPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/console/admin/audit")
    @Transactional
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        var problems = new ArrayList<FieldProblem>();
        var fromDate = date(from, "from", problems);
        var toDate = date(to, "to", problems);
        model.addAttribute("q", q);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", Math.max(0, page));
        if (!problems.isEmpty()) {
            PageErrors.show(model, problems);
            model.addAttribute("entries", java.util.List.of());
            return "console/admin/audit";
        }
        var query = new AuditQuery(q, action, null, fromDate, toDate, page);
        model.addAttribute("entries", audit.search(query));
        audit.record(new AuditEvent("SEARCHED", "AUDIT_LOG", null, "Audit review",
                Map.of("text", q, "action", action, "from", from, "to", to, "page", page)));
        return "console/admin/audit";
    }

    @PostMapping("/console/admin/audit/verify")
    String verify(Model model) {
        audit.sealPending();
        model.addAttribute("verification", audit.verify());
        return "console/admin/audit-verification";
    }

    private static LocalDate date(String text, String field, java.util.List<FieldProblem> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter the date as year-month-day, like 2026-11-22"));
            return null;
        }
    }
}
