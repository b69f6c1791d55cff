package org.frontdoor.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.grants.Money;
import org.frontdoor.grants.PayingGrants;
import org.frontdoor.grants.PayingGrants.PaymentRun;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payment runs: a team lead gathers the instalments due into a pain.001 file, hands the file to the
 * bank, and records what the bank did with it. Payments count as paid only when a run is confirmed,
 * so the forms to confirm or refuse a run stay until one of them is used.
 */
@Controller
class PaymentRunPages {

    private final PayingGrants paying;

    PaymentRunPages(PayingGrants paying) {
        this.paying = paying;
    }

    @GetMapping("/console/grants/payment-runs")
    String runs(@AuthenticationPrincipal SignedInAccount me, Model model) {
        return page(me, model, Map.of("executionDate", LocalDate.now(LondonTime.LONDON).toString()));
    }

    @PostMapping("/console/grants/payment-runs")
    String create(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String executionDate, Model model,
                  RedirectAttributes redirect) {
        try {
            var run = paying.createRun(me, date(executionDate));
            redirect.addFlashAttribute("notice", "Payment run " + run.messageId() + " is ready: " + payments(run.payments()) + ", "
                    + Money.exact(run.controlSum()) + ". Download its file and send it to the bank.");
            return "redirect:/console/grants/payment-runs";
        } catch (InvalidInput invalid) {
            // Payees that cannot be paid are listed one by one; they are about the run as a whole.
            PageErrors.show(model, invalid.problems().stream()
                    .map(p -> p.field().equals("payments") ? new FieldProblem("executionDate", p.message()) : p).toList());
            return page(me, model, Map.of("executionDate", executionDate));
        }
    }

    @GetMapping("/console/grants/payment-runs/{runId}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID runId) {
        var file = paying.file(me, runId);
        // Banks and finance staff file these by message id, so the download is named after it.
        var name = paying.runs(me).stream().filter(r -> r.id().equals(runId)).map(PaymentRun::messageId).findFirst()
                .orElse("payment-run-" + runId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".xml").build().toString())
                .body(file);
    }

    @PostMapping("/console/grants/payment-runs/{runId}/confirmation")
    String confirm(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID runId, Model model, RedirectAttributes redirect) {
        try {
            var run = paying.confirm(me, runId);
            redirect.addFlashAttribute("notice", "Payment run " + run.messageId() + " is confirmed: " + payments(run.payments())
                    + " marked paid.");
            return "redirect:/console/grants/payment-runs";
        } catch (InvalidInput invalid) {
            PageErrors.show(model, onRun(invalid, runId));
            return page(me, model, Map.of());
        }
    }

    @PostMapping("/console/grants/payment-runs/{runId}/failure")
    String fail(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID runId, @RequestParam(defaultValue = "") String reason,
                Model model, RedirectAttributes redirect) {
        try {
            var run = paying.fail(me, runId, reason);
            redirect.addFlashAttribute("notice", "Payment run " + run.messageId()
                    + " is recorded as refused by the bank. Its payments go into the next run.");
            return "redirect:/console/grants/payment-runs";
        } catch (InvalidInput invalid) {
            PageErrors.show(model, onRun(invalid, runId));
            return page(me, model, Map.of("reason-" + runId, reason));
        }
    }

    private String page(SignedInAccount me, Model model, Map<String, String> typed) {
        model.addAttribute("runs", paying.runs(me));
        model.addAttribute("typed", typed);
        return "console/grants/payment-runs";
    }

    /** Each run has its own forms, so a problem points at that run's field. */
    private static List<FieldProblem> onRun(InvalidInput invalid, UUID runId) {
        return invalid.problems().stream().map(p -> new FieldProblem(p.field() + "-" + runId, p.message())).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("executionDate", "Enter the date the bank should pay, like " + LocalDate.now(LondonTime.LONDON));
        }
    }

    private static String payments(int count) {
        return count == 1 ? "1 payment" : count + " payments";
    }
}
