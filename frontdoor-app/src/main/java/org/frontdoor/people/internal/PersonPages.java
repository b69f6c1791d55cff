package org.frontdoor.people.internal;

import java.util.List;
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

/**
 * The single view of the person in the staff console: find a person, say why you are looking, then
 * the golden record with provenance, every source record with why it was linked, cases across
 * services and the timeline. Team leads and admins also merge and split here.
 */
@Controller
class PersonPages {

    private final ReadingPersons reading;
    private final Reviewing reviewing;

    PersonPages(ReadingPersons reading, Reviewing reviewing) {
        this.reading = reading;
        this.reviewing = reviewing;
    }

    @GetMapping("/console/people")
    String search(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "") String q, Model model) {
        String text = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("q", text);
        model.addAttribute("persons", reading.search(me, text));
        model.addAttribute("mayReview", Access.may(me, Access.REVIEW));
        model.addAttribute("mayManage", Access.may(me, Access.MANAGE_SOURCES));
        return "console/people/search";
    }

    /** From the whole-case page: the person the applicant was linked to at submission. */
    @GetMapping("/console/people/applicant/{accountId}")
    String applicant(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID accountId) {
        Access.require(me, Access.VIEW);
        var person = reading.personOfApplicant(accountId).orElseThrow(() -> new NotFound("Not linked yet"));
        return "redirect:/console/people/" + person + "?purpose=CASEWORK";
    }

    @GetMapping("/console/people/{id}")
    String person(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                  @RequestParam(required = false) String purpose, Model model) {
        Access.require(me, Access.VIEW);
        var why = Purpose.parse(purpose);
        if (why == null) {
            model.addAttribute("personId", id);
            model.addAttribute("purposes", Purpose.values());
            if (purpose != null) {
                PageErrors.show(model, InvalidInput.of("purpose", "Select why you are looking at this person").problems());
            }
            return "console/people/purpose";
        }
        var person = reading.view(me, id, why).orElseThrow(() -> new NotFound("No person " + id));
        if (!person.id().equals(id)) {
            return "redirect:/console/people/" + person.id() + "?purpose=" + why.name();
        }
        model.addAttribute("person", person);
        model.addAttribute("purpose", why);
        model.addAttribute("mayReview", Access.may(me, Access.REVIEW));
        return "console/people/person";
    }

    @PostMapping("/console/people/{id}/merge")
    String merge(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                 @RequestParam(defaultValue = "") String otherPersonId, RedirectAttributes redirect) {
        Access.require(me, Access.REVIEW);
        try {
            UUID other;
            try {
                other = UUID.fromString(otherPersonId.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("otherPersonId", "Enter the id of the person to merge, as shown on their page");
            }
            reviewing.merge(id, other, me.auditActorName());
            redirect.addFlashAttribute("notice", "Merged: the other person's records are now here.");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("notice", invalid.getMessage());
        }
        return "redirect:/console/people/" + id + "?purpose=DUPLICATES";
    }

    @PostMapping("/console/people/{id}/split")
    String split(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                 @RequestParam(required = false) List<UUID> recordIds, RedirectAttributes redirect) {
        Access.require(me, Access.REVIEW);
        try {
            var created = reviewing.split(id, recordIds == null ? List.of() : recordIds, me.auditActorName());
            redirect.addFlashAttribute("notice", "Split: the selected records are now a person of their own.");
            return "redirect:/console/people/" + created + "?purpose=DUPLICATES";
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("notice", invalid.getMessage());
            return "redirect:/console/people/" + id + "?purpose=DUPLICATES";
        }
    }
}
