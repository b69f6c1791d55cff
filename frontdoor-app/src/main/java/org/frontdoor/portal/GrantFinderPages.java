package org.frontdoor.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.GrantProgrammes;
import org.frontdoor.grants.LondonTime;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding a grant, for anyone, signed in or not: the programmes (open ones first) with filters in a
 * plain GET form, so results can be bookmarked and work without JavaScript, and each programme's page.
 */
@Controller
class GrantFinderPages {

    private final GrantProgrammes programmes;

    GrantFinderPages(GrantProgrammes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/grants")
    String find(@RequestParam(required = false) String who, @RequestParam(required = false) String funder,
                @RequestParam(required = false) String amount, @RequestParam(defaultValue = "false") boolean open,
                @RequestParam(required = false) String q, Model model) {
        var filters = new GrantFilters(who, funder, amount, open, q);
        var all = listings(Instant.now());
        if (!filters.problems().isEmpty()) {
            PageErrors.show(model, filters.problems());
        }
        model.addAttribute("filters", filters);
        model.addAttribute("kinds", Arrays.asList(ApplicantKind.values()));
        model.addAttribute("funders", all.stream().map(l -> l.programme().funderName()).distinct().sorted().toList());
        model.addAttribute("listings", all.stream().filter(filters::matches).toList());
        model.addAttribute("total", all.size());
        return "portal/grants";
    }

    @GetMapping("/grants/{id}")
    String programme(@PathVariable String id, Model model) {
        var programme = programmes.programme(id).orElseThrow(() -> new NotFound("No grant " + id));
        var rounds = programmes.rounds(id);
        var now = Instant.now();
        model.addAttribute("programme", programme);
        model.addAttribute("listing", GrantListing.of(programme, rounds, now));
        model.addAttribute("amounts", GrantListing.amounts(programme));
        model.addAttribute("kinds", GrantListing.kinds(programme));
        model.addAttribute("rounds", rounds.stream().map(r -> new RoundLine(r.name(), LondonTime.describe(r.opens()),
                LondonTime.describe(r.closes()), r.openAt(now))).toList());
        return "portal/grant";
    }

    private List<GrantListing> listings(Instant now) {
        return programmes.programmes().stream()
                .map(p -> GrantListing.of(p, programmes.rounds(p.id()), now))
                .sorted(GrantListing.ORDER)
                .toList();
    }

    /** A round in words for the programme page. */
    record RoundLine(String name, String opens, String closes, boolean openNow) {
    }
}
