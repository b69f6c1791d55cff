package org.frontdoor.people.internal;

import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;

/** The clerical review queue: two records side by side with the engine's explanation; same person or not. */
@Controller
class ReviewPages {

    private final Registry registry;
    private final Reviewing reviewing;
    private final ReadingPersons reading;
    private final AuditLog audit;

    ReviewPages(Registry registry, Reviewing reviewing, ReadingPersons reading, AuditLog audit) {
        this.registry = registry;
        this.reviewing = reviewing;
        this.reading = reading;
        this.audit = audit;
    }

    /** A pair in the queue, named so a reviewer can tell pairs apart before opening one. */
    public record QueuedPair(Registry.Review review, String record, String candidate) {
    }

    @GetMapping("/console/people/reviews")
    String queue(@AuthenticationPrincipal SignedInAccount me, Model model) {
        Access.require(me, Access.REVIEW);
        var sources = reading.sourcesById();
        var pairs = registry.openReviews(200).stream().map(r -> new QueuedPair(r,
                describe(registry.record(r.recordId()), sources), describe(registry.record(r.candidateRecordId()), sources)))
                .toList();
        if (!pairs.isEmpty()) {
            // Names of the people in the queue are personal data too.
            audit.record(new AuditEvent("LISTED", ReadingPersons.SUBJECT, null, Purpose.DUPLICATES.text(),
                    java.util.Map.of("pairs", pairs.size())));
        }
        model.addAttribute("reviews", pairs);
        return "console/people/reviews";
    }

    private static String describe(java.util.Optional<SourceRecord> found, java.util.Map<String, Source> sources) {
        if (found.isEmpty()) {
            return "";
        }
        var r = found.get();
        String name = ((r.value(org.frontdoor.linkage.record.PersonField.GIVEN_NAME) == null ? "" : r.value(org.frontdoor.linkage.record.PersonField.GIVEN_NAME))
                + " " + (r.value(org.frontdoor.linkage.record.PersonField.SURNAME) == null ? "" : r.value(org.frontdoor.linkage.record.PersonField.SURNAME))).strip();
        String source = sources.containsKey(r.sourceId()) ? sources.get(r.sourceId()).name() : r.sourceId();
        return (name.isEmpty() ? "Unnamed" : name) + " (" + source + " " + r.sourceRecordId() + ")";
    }

    @GetMapping("/console/people/reviews/{id}")
    String pair(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        Access.require(me, Access.REVIEW);
        var review = registry.openReviews(1000).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("No open review " + id));
        var left = registry.record(review.recordId()).orElseThrow();
        var right = registry.record(review.candidateRecordId()).orElseThrow();
        var sources = reading.sourcesById();
        audit.record(AuditEvent.read(ReadingPersons.SUBJECT, left.personId().toString(), Purpose.DUPLICATES.text()));
        audit.record(AuditEvent.read(ReadingPersons.SUBJECT, right.personId().toString(), Purpose.DUPLICATES.text()));
        model.addAttribute("review", review);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("leftSource", sources.containsKey(left.sourceId()) ? sources.get(left.sourceId()).name() : left.sourceId());
        model.addAttribute("rightSource", sources.containsKey(right.sourceId()) ? sources.get(right.sourceId()).name() : right.sourceId());
        model.addAttribute("fields", org.frontdoor.linkage.record.PersonField.values());
        return "console/people/review";
    }

    @PostMapping("/console/people/reviews/{id}")
    String decide(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                  @RequestParam(defaultValue = "") String decision, Model model, RedirectAttributes redirect) {
        Access.require(me, Access.REVIEW);
        try {
            boolean same = PeopleApi.parseDecision(decision);
            reviewing.decide(id, same, me.auditActorName());
            redirect.addFlashAttribute("notice", same ? "Linked: the two records are now one person."
                    : "Kept apart: the two records will not be proposed again.");
            return "redirect:/console/people/reviews";
        } catch (InvalidInput invalid) {
            pair(me, id, model);
            PageErrors.show(model, invalid);
            return "console/people/review";
        }
    }
}
