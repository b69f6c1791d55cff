package org.frontdoor.console;

import java.util.List;
import org.frontdoor.grants.AssessingGrants;
import org.frontdoor.grants.DecidingGrants;
import org.frontdoor.grants.GrantDashboards;
import org.frontdoor.grants.GrantDashboards.Dashboard;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.identity.Role;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.ServiceCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The grant programmes staff work on, and each programme's dashboard and panel: the applications
 * ranked by score against the budget left, a page at a time. The grants module decides who may
 * read them (team leads, assessors, admins); anyone else gets its 403.
 */
@Controller
class GrantProgrammePages {

    /** Rows of the panel per page: enough to see where the budget runs out, few enough to read. */
    static final int PANEL_PAGE = 20;

    private final GrantProgrammes programmes;
    private final GrantDashboards dashboards;
    private final DecidingGrants deciding;
    private final AssessingGrants assessing;
    private final ServiceCatalogue services;

    GrantProgrammePages(GrantProgrammes programmes, GrantDashboards dashboards, DecidingGrants deciding, AssessingGrants assessing,
                        ServiceCatalogue services) {
        this.programmes = programmes;
        this.dashboards = dashboards;
        this.deciding = deciding;
        this.assessing = assessing;
        this.services = services;
    }

    @GetMapping("/console/grants")
    String programmes(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("dashboards", programmes.programmes().stream().map(p -> dashboards.dashboard(me, p.id())).toList());
        boolean assessor = me.hasRole(Role.GRANT_ASSESSOR);
        model.addAttribute("assessor", assessor);
        model.addAttribute("toAssess", assessor ? assessing.toAssess(me) : List.of());
        model.addAttribute("paysGrants", actsAsLead(me));
        return "console/grants/programmes";
    }

    @GetMapping("/console/grants/{programmeId}")
    String programme(@AuthenticationPrincipal SignedInAccount me, @PathVariable String programmeId,
                     @RequestParam(required = false) String after, Model model) {
        var dashboard = dashboards.dashboard(me, programmeId);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("states", states(dashboard));
        DecidingGrants.Panel panel;
        try {
            panel = deciding.panel(me, programmeId, after, PANEL_PAGE);
        } catch (InvalidInput badCursor) {
            // A page link that was tampered with or outlived a change of format: say so and start again.
            PageErrors.show(model, badCursor.problems().stream().map(p -> new FieldProblem("panel", p.message())).toList());
            panel = deciding.panel(me, programmeId, null, PANEL_PAGE);
            after = null;
        }
        model.addAttribute("panel", panel);
        model.addAttribute("firstPage", after == null || after.isBlank());
        return "console/grants/programme";
    }

    /** Applications by state, named as the programme's form names its states. */
    private List<StateCount> states(Dashboard dashboard) {
        var lifecycle = services.latest(dashboard.programme().formServiceId()).map(s -> s.lifecycle());
        return dashboard.applicationsByState().entrySet().stream()
                .map(e -> new StateCount(lifecycle.flatMap(l -> l.state(e.getKey())).map(s -> s.label()).orElse(e.getKey()), e.getValue()))
                .toList();
    }

    /** Team leads, and admins, who may do whatever a team lead does: the grants module allows both. */
    static boolean actsAsLead(SignedInAccount me) {
        return me.hasRole(Role.TEAM_LEAD) || me.hasRole(Role.ADMIN);
    }

    record StateCount(String label, long count) {
    }
}
