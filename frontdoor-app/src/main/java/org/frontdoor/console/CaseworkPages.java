package org.frontdoor.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.frontdoor.cases.AssigningCases;
import org.frontdoor.cases.CaseChangedMeanwhile;
import org.frontdoor.cases.CaseDocuments;
import org.frontdoor.cases.Conversations;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.cases.Worklists;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.AccountDetails;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.identity.StaffDirectory;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.AnswerText;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.WorkingCalendar;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff worklists and the whole-case page, where staff move cases on. */
@Controller
class CaseworkPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Worklists worklists;
    private final ReadingCases cases;
    private final TakingTransitions transitions;
    private final Conversations conversations;
    private final ServiceCatalogue catalogue;
    private final AssigningCases assigning;
    private final CaseDocuments documents;
    private final AccountDetails accounts;
    private final StaffDirectory staffDirectory;

    CaseworkPages(Worklists worklists, ReadingCases cases, TakingTransitions transitions, Conversations conversations,
                  ServiceCatalogue catalogue, AssigningCases assigning, CaseDocuments documents, AccountDetails accounts,
                  StaffDirectory staffDirectory) {
        this.accounts = accounts;
        this.staffDirectory = staffDirectory;
        this.assigning = assigning;
        this.documents = documents;
        this.worklists = worklists;
        this.cases = cases;
        this.transitions = transitions;
        this.conversations = conversations;
        this.catalogue = catalogue;
    }

    @PostMapping("/console/cases/{id}/messages")
    String message(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String message, Model model, RedirectAttributes redirect) {
        return write(me, id, model, redirect, "message", message, () -> conversations.message(me, id, message), "Message sent.");
    }

    @PostMapping("/console/cases/{id}/notes")
    String note(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                @RequestParam(defaultValue = "") String internalNote, Model model, RedirectAttributes redirect) {
        return write(me, id, model, redirect, "internalNote", internalNote, () -> conversations.internalNote(me, id, internalNote),
                "Internal note added.");
    }

    private String write(SignedInAccount me, UUID id, Model model, RedirectAttributes redirect, String field, String text,
                         Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/console/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            model.addAttribute(field, text);
            return freshPage(me, id, model);
        }
    }

    @GetMapping("/console/cases")
    String worklist(@AuthenticationPrincipal SignedInAccount me, @ModelAttribute("filters") WorklistFilters filters, Model model) {
        model.addAttribute("q", filters.q());
        model.addAttribute("services", catalogue.services());
        if (!filters.q().isBlank()) {
            model.addAttribute("view", "FIND");
            model.addAttribute("rows", worklists.find(me, filters.q()));
            return "console/worklist";
        }
        var service = catalogue.latest(filters.service()).orElse(null);
        model.addAttribute("colleagues", colleagues(me));
        model.addAttribute("view", filters.chosenView().name());
        model.addAttribute("chosenService", service);
        try {
            var page = worklists.worklist(me, filters.query(service == null ? null : service.id()));
            model.addAttribute("rows", page.rows());
            model.addAttribute("next", page.next());
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            model.addAttribute("rows", List.of());
        }
        return "console/worklist";
    }

    /** Staff add a document to the case, such as a letter sent by post; the applicant sees it too. */
    @PostMapping("/console/cases/{id}/documents")
    String addDocument(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                       @RequestParam(name = "document", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            var upload = Upload.from(file).orElseThrow(() -> InvalidInput.of("document", "Select a file"));
            var added = documents.add(me, id, upload, "document");
            redirect.addFlashAttribute("notice", "Document added: " + added.name() + ".");
            return "redirect:/console/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
        }
        return freshPage(me, id, model);
    }

    @PostMapping("/console/cases/{id}/assignment")
    String assign(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                  @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String seenHolder,
                  Model model, RedirectAttributes redirect) {
        try {
            var chosen = uuidOrNull(assignee, "assignee");
            assigning.assign(me, id, uuidOrNull(seenHolder, "assignee"), chosen);
            redirect.addFlashAttribute("notice", chosen == null ? "Nobody holds this case now."
                    : chosen.equals(me.id()) ? "You hold this case now." : "Case handed on.");
            return "redirect:/console/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
        } catch (CaseChangedMeanwhile conflict) {
            PageErrors.show(model, List.of(new InvalidInput.FieldProblem("assignee", conflict.getMessage())));
        }
        return freshPage(me, id, model);
    }

    /** Everyone in the person's teams, for the "held by" filter. */
    private List<StaffDirectory.StaffMember> colleagues(SignedInAccount me) {
        return accounts.ownAccount(me.id()).stream().flatMap(a -> a.teams().stream())
                .flatMap(team -> staffDirectory.membersOf(team.name()).stream())
                .distinct().toList();
    }

    /** The SLA clock in working days of the service's own calendar, as staff read it at a glance. */
    static String slaClock(WorkingCalendar calendar, LocalDate dueOn) {
        var left = calendar.workingDaysBetween(LocalDate.now(LONDON), dueOn);
        if (left > 0) {
            return left == 1 ? "1 working day left" : left + " working days left";
        }
        if (left == 0) {
            return dueOn.isBefore(LocalDate.now(LONDON)) ? "Overdue" : "Due today";
        }
        return -left == 1 ? "Overdue by 1 working day" : "Overdue by " + -left + " working days";
    }

    private static UUID uuidOrNull(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInput.of(field, "Choose someone from the list");
        }
    }

    @GetMapping("/console/cases/{id}")
    String show(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        return freshPage(me, id, model);
    }

    @PostMapping("/console/cases/{id}/transitions")
    String transition(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                      @RequestParam(defaultValue = "") String transition, @RequestParam(defaultValue = "-1") int expectedVersion,
                      @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String decision,
                      @RequestParam(name = "transitionDocument", required = false) MultipartFile document,
                      Model model, RedirectAttributes redirect) {
        try {
            if (transition.isBlank()) {
                throw InvalidInput.of("transition", "Select what you want to do");
            }
            var moved = transitions.take(me, new Transition(id, transition, expectedVersion, note, decision,
                    Upload.from(document).orElse(null), null));
            redirect.addFlashAttribute("notice", "Done. The case is now: " + moved.stateLabel() + ".");
            return "redirect:/console/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
        } catch (CaseChangedMeanwhile conflict) {
            PageErrors.show(model, List.of(new InvalidInput.FieldProblem("transition", conflict.getMessage())));
        }
        model.addAttribute("chosenTransition", transition);
        model.addAttribute("note", note);
        model.addAttribute("decision", decision);
        return page(me, id, model);
    }

    /** The case page with the transition form empty, as after any action other than a transition. */
    private String freshPage(SignedInAccount me, UUID id, Model model) {
        model.addAttribute("chosenTransition", "");
        model.addAttribute("note", "");
        model.addAttribute("decision", "");
        return page(me, id, model);
    }

    private String page(SignedInAccount me, UUID id, Model model) {
        var found = cases.read(me, id).orElseThrow(() -> new NotFound("No case " + id));
        model.addAttribute("case", found);
        var service = catalogue.version(found.serviceId(), found.serviceVersion());
        model.addAttribute("answers", service.map(s -> AnswerText.of(s.form(), found.answers())).orElse(List.of()));
        model.addAttribute("slaClock", service.filter(s -> found.dueOn() != null)
                .map(s -> slaClock(catalogue.calendar(s.calendar()), found.dueOn())).orElse(null));
        // Facts looked up from the answers when the case was made, such as the consular post.
        model.addAttribute("facts", service.map(s -> s.routing().lookups().stream()
                .filter(l -> found.answers().get(l.id()) != null)
                .map(l -> java.util.Map.entry(l.label(), String.valueOf(found.answers().get(l.id())))).toList()).orElse(List.of()));
        model.addAttribute("transitions", transitions.available(me, id));
        model.addAttribute("otherCases", worklists.otherCasesOfApplicant(me, id));
        model.addAttribute("myId", me.id());
        model.addAttribute("mayAssignOthers", assigning.mayAssignOthers(me));
        model.addAttribute("candidates", assigning.mayAssignOthers(me) ? assigning.candidates(me, id) : List.of());
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", "");
        }
        if (!model.containsAttribute("internalNote")) {
            model.addAttribute("internalNote", "");
        }
        return "console/case";
    }
}
