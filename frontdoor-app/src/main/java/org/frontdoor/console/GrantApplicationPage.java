package org.frontdoor.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.frontdoor.cases.CaseChangedMeanwhile;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.grants.AssessingGrants;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.GrantApplication;
import org.frontdoor.grants.GrantApplication.Decision;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.grants.PayingGrants;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grant application page as one person may see it, shared by the controllers whose forms sit on
 * it: each form's action either redirects with a notice or renders this page again with the error
 * summary and what was typed, so nothing typed is lost.
 */
@Component
class GrantApplicationPage {

    /** Instalment rows the award form offers; the grants module allows more, four cover the schedules panels set. */
    static final int SCHEDULE_ROWS = 4;

    /** The case transitions the grants module takes when deciding: the forms show only those the case allows now. */
    private static final Set<String> DECISIONS = Set.of("award", "reject", "waitlist");

    private final AssessingGrants assessing;
    private final PayingGrants paying;
    private final TakingTransitions transitions;
    private final GrantProgrammes programmes;
    private final ServiceCatalogue services;
    private final DecidingGrants deciding;

    GrantApplicationPage(AssessingGrants assessing, PayingGrants paying, TakingTransitions transitions, GrantProgrammes programmes,
                         ServiceCatalogue services, DecidingGrants deciding) {
        this.deciding = deciding;
        this.assessing = assessing;
        this.paying = paying;
        this.transitions = transitions;
        this.programmes = programmes;
        this.services = services;
    }

    /**
     * @param typed what the person typed into a refused form, by input name; empty after a redirect
     */
    String show(SignedInAccount me, UUID caseId, Model model, Map<String, String> typed) {
        var assessment = assessing.assessment(me, caseId);
        var application = assessment.application();
        var mine = assessment.assessors().stream().filter(a -> a.assessorId().equals(me.id())).findFirst().orElse(null);
        // An assessor who scored already sees their scores, to change them; what they just typed wins.
        var values = new HashMap<String, String>();
        if (mine != null) {
            mine.scores().forEach(s -> {
                values.put("score-" + s.criterion(), String.valueOf(s.score()));
                values.put("comment-" + s.criterion(), s.comment());
            });
        }
        values.putAll(typed);
        boolean lead = GrantProgrammePages.actsAsLead(me);
        model.addAttribute("typed", values);
        model.addAttribute("assessment", assessment);
        model.addAttribute("grant", application);
        model.addAttribute("mine", mine);
        model.addAttribute("stateLabel", stateLabel(application));
        model.addAttribute("criterionLabels", assessment.criteria().stream()
                .collect(Collectors.toMap(GrantProgramme.Criterion::id, GrantProgramme.Criterion::label)));
        model.addAttribute("lead", lead);
        model.addAttribute("mayDeclareConflict", me.hasRole(Role.GRANT_ASSESSOR)
                && assessment.conflicts().stream().noneMatch(c -> c.assessorId().equals(me.id())));
        var decisions = lead ? transitions.available(me, caseId).stream().map(ServiceDefinition.Transition::id)
                .filter(DECISIONS::contains).collect(Collectors.toSet()) : Set.<String>of();
        model.addAttribute("decisions", decisions);
        // Whoever awards needs the budget left in front of them, not only on the panel.
        model.addAttribute("budgetLeft", decisions.contains("award") ? deciding.totals(me, application.programmeId()).left() : null);
        model.addAttribute("ledger", application.decision() == Decision.AWARDED ? paying.ledger(me, caseId) : List.of());
        model.addAttribute("schedule", IntStream.rangeClosed(1, SCHEDULE_ROWS).mapToObj(n -> new ScheduleRow(n,
                values.getOrDefault(instalment(n, "amount"), ""), values.getOrDefault(instalment(n, "due"), ""),
                "true".equals(values.get(instalment(n, "report"))))).toList());
        return "console/grants/application";
    }

    /**
     * Runs a form's action: on success redirects to the page with the notice (post, redirect, get);
     * when refused shows the page again with each problem on the form's own field.
     *
     * @param fields the grants module's field names and the inputs of this form they belong to, since
     *               several forms on the page have an amount and a reason
     */
    String act(SignedInAccount me, UUID caseId, Model model, RedirectAttributes redirect, Map<String, String> typed,
               Map<String, String> fields, Runnable action, Supplier<String> notice) {
        try {
            action.run();
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid.problems().stream()
                    .map(p -> new FieldProblem(fields.getOrDefault(p.field(), p.field()), p.message())).toList());
            return show(me, caseId, model, typed);
        } catch (CaseChangedMeanwhile changed) {
            PageErrors.show(model, List.of(new FieldProblem("decision", changed.getMessage())));
            return show(me, caseId, model, typed);
        }
        redirect.addFlashAttribute("notice", notice.get());
        return "redirect:/console/grants/applications/" + caseId;
    }

    /** The case's state as the programme's form names it. */
    private String stateLabel(GrantApplication application) {
        return programmes.programme(application.programmeId()).flatMap(p -> services.latest(p.formServiceId()))
                .flatMap(s -> s.lifecycle().state(application.caseState())).map(ServiceDefinition.State::label)
                .orElse(application.caseState());
    }

    /** The form's fields as typed, one value each, without the CSRF token, to render again. */
    static Map<String, String> typed(MultiValueMap<String, String> form) {
        var typed = new HashMap<>(form.toSingleValueMap());
        typed.remove("_csrf");
        return typed;
    }

    static String instalment(int number, String part) {
        return "instalment-" + number + "-" + part;
    }

    /** One row of the award's payment schedule as the form shows it. */
    record ScheduleRow(int number, String amount, String dueOn, boolean afterReport) {
    }
}
