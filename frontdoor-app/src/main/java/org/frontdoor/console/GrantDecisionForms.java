package org.frontdoor.console;

import static org.frontdoor.console.GrantApplicationPage.instalment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.DecidingGrants.PlannedInstalment;
import org.frontdoor.grants.Money;
import org.frontdoor.grants.PayingGrants;
import org.frontdoor.identity.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel's decisions on one application (award with a payment schedule, reject, waiting list) and
 * the changes to an award after it is made (variation, clawback). The grants module checks the
 * budget and the role; this maps its field names onto the inputs of each form, since several forms
 * on the page ask for an amount and a reason.
 */
@Controller
class GrantDecisionForms {

    private final GrantApplicationPage page;
    private final DecidingGrants deciding;
    private final PayingGrants paying;

    GrantDecisionForms(GrantApplicationPage page, DecidingGrants deciding, PayingGrants paying) {
        this.page = page;
        this.deciding = deciding;
        this.paying = paying;
    }

    @PostMapping("/console/grants/applications/{caseId}/award")
    String award(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                 @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        var schedule = schedule(form);
        var typed = GrantApplicationPage.typed(form);
        // The grants module numbers instalments by the rows given, skipping empty ones: the page shows
        // them again in that order, so "instalment 2" in a message is the second row on the screen.
        typed.keySet().removeIf(key -> key.startsWith("instalment-"));
        for (int i = 0; i < schedule.size(); i++) {
            typed.put(instalment(i + 1, "amount"), schedule.get(i).amount());
            typed.put(instalment(i + 1, "due"), schedule.get(i).dueOn());
            typed.put(instalment(i + 1, "report"), String.valueOf(schedule.get(i).afterReport()));
        }
        var amount = form.getFirst("awardAmount");
        return page.act(me, caseId, model, redirect, typed,
                Map.of("amount", "awardAmount", "reason", "awardReason", "schedule", "schedule", "transition", "decision"),
                () -> deciding.award(me, caseId, amount, form.getFirst("awardReason"), schedule),
                () -> "Awarded " + Money.pounds(Money.parse(amount)) + ". The applicant is offered the grant.");
    }

    @PostMapping("/console/grants/applications/{caseId}/rejection")
    String reject(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                  @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form),
                Map.of("reason", "rejectReasons", "transition", "decision"),
                () -> deciding.reject(me, caseId, form.getFirst("rejectReasons")), () -> "The application is rejected.");
    }

    @PostMapping("/console/grants/applications/{caseId}/waitlist")
    String waitlist(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                    @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form),
                Map.of("reason", "waitlistReason", "transition", "decision"),
                () -> deciding.waitlist(me, caseId, form.getFirst("waitlistReason")), () -> "The application is on the waiting list.");
    }

    @PostMapping("/console/grants/applications/{caseId}/acceptance")
    String recordAcceptance(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form),
                Map.of("note", "acceptanceNote", "transition", "acceptanceNote"),
                () -> deciding.recordAcceptance(me, caseId, form.getFirst("acceptanceNote")), () -> "The acceptance of the offer is recorded.");
    }

    @PostMapping("/console/grants/applications/{caseId}/variation")
    String vary(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        var amount = form.getFirst("varyAmount");
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form),
                Map.of("amount", "varyAmount", "reason", "varyReason"),
                () -> paying.vary(me, caseId, amount, form.getFirst("varyReason")),
                () -> "The award is now " + Money.pounds(Money.parse(amount)) + ".");
    }

    @PostMapping("/console/grants/applications/{caseId}/clawback")
    String clawBack(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
                    @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        var amount = form.getFirst("clawbackAmount");
        return page.act(me, caseId, model, redirect, GrantApplicationPage.typed(form),
                Map.of("amount", "clawbackAmount", "reason", "clawbackReason"),
                () -> paying.clawBack(me, caseId, amount, form.getFirst("clawbackReason")),
                () -> "Recorded " + Money.pounds(Money.parse(amount)) + " recovered from the recipient.");
    }

    /** The schedule rows that have anything in them, in the order of the form. */
    static List<PlannedInstalment> schedule(MultiValueMap<String, String> form) {
        var rows = new ArrayList<PlannedInstalment>();
        for (int n = 1; n <= GrantApplicationPage.SCHEDULE_ROWS; n++) {
            var amount = text(form.getFirst(instalment(n, "amount")));
            var due = text(form.getFirst(instalment(n, "due")));
            var afterReport = "true".equals(form.getFirst(instalment(n, "report")));
            if (!amount.isEmpty() || !due.isEmpty() || afterReport) {
                rows.add(new PlannedInstalment(amount, due, afterReport));
            }
        }
        return rows;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
