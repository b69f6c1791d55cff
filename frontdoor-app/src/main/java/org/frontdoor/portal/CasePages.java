package org.frontdoor.portal;

import java.util.List;
import java.util.UUID;
import org.frontdoor.cases.CaseChangedMeanwhile;
import org.frontdoor.cases.CaseDetails;
import org.frontdoor.cases.CaseDocuments;
import org.frontdoor.cases.Conversations;
import org.frontdoor.cases.ReadingCases;
import org.frontdoor.cases.TakingTransitions;
import org.frontdoor.cases.Transition;
import org.frontdoor.documents.Upload;
import org.frontdoor.grants.ApplyingForGrants;
import org.frontdoor.identity.AccountKind;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.AnswerText;
import org.frontdoor.services.ServiceCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Your cases": where each of the citizen's requests stands, in plain words. */
@Controller
class CasePages {

    private final ReadingCases cases;
    private final TakingTransitions transitions;
    private final Conversations conversations;
    private final ServiceCatalogue catalogue;
    private final CaseDocuments documents;
    private final ApplyingForGrants grants;

    CasePages(ReadingCases cases, TakingTransitions transitions, Conversations conversations, ServiceCatalogue catalogue,
              CaseDocuments documents, ApplyingForGrants grants) {
        this.cases = cases;
        this.transitions = transitions;
        this.conversations = conversations;
        this.catalogue = catalogue;
        this.documents = documents;
        this.grants = grants;
    }

    @PostMapping("/account/cases/{id}/messages")
    String message(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                   @RequestParam(defaultValue = "") String message, Model model, RedirectAttributes redirect) {
        var own = cases.read(me, id).filter(c -> me.kind() == AccountKind.CITIZEN).isPresent();
        if (!own) {
            throw new NotFound("No case " + id);
        }
        try {
            conversations.message(me, id, message);
            redirect.addFlashAttribute("notice", "Message sent.");
            return "redirect:/account/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            model.addAttribute("chosenTransition", "");
            model.addAttribute("note", "");
            model.addAttribute("message", message);
            return page(me, id, model);
        }
    }

    /** Sending a document to one's own case, for example when asked for more information. */
    @PostMapping("/account/cases/{id}/documents")
    String addDocument(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
                       @RequestParam(name = "document", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        if (me.kind() != AccountKind.CITIZEN) {
            throw new NotFound("No case " + id);
        }
        try {
            var upload = Upload.from(file).orElseThrow(() -> InvalidInput.of("document", "Select a file"));
            var added = documents.add(me, id, upload, "document");
            redirect.addFlashAttribute("notice", "Document sent: " + added.name() + ".");
            return "redirect:/account/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            model.addAttribute("chosenTransition", "");
            model.addAttribute("note", "");
            return page(me, id, model);
        }
    }

    @GetMapping("/account/cases")
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("cases", cases.ownCases(me));
        return "portal/cases";
    }

    /** Someone else's case, or one that does not exist, is the same 404. */
    @GetMapping("/account/cases/{id}")
    String show(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id, Model model) {
        model.addAttribute("chosenTransition", "");
        model.addAttribute("note", "");
        return page(me, id, model);
    }

    /** The citizen's own actions, such as sending information asked for, or withdrawing. */
    @PostMapping("/account/cases/{id}/transitions")
    String act(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID id,
               @RequestParam(defaultValue = "") String transition, @RequestParam(defaultValue = "-1") int expectedVersion,
               @RequestParam(defaultValue = "") String note,
               @RequestParam(name = "transitionDocument", required = false) MultipartFile document,
               Model model, RedirectAttributes redirect) {
        try {
            if (transition.isBlank()) {
                throw InvalidInput.of("transition", "Select what you want to do");
            }
            var moved = transitions.take(me, new Transition(id, transition, expectedVersion, note, null,
                    Upload.from(document).orElse(null), null));
            redirect.addFlashAttribute("notice", "Sent. " + moved.citizenStatus() + ".");
            return "redirect:/account/cases/" + id;
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
        } catch (CaseChangedMeanwhile conflict) {
            PageErrors.show(model, List.of(new InvalidInput.FieldProblem("transition",
                    "Your case was updated while you were looking at it. Nothing has been sent: read the update, then try again.")));
        }
        model.addAttribute("chosenTransition", transition);
        model.addAttribute("note", note);
        return page(me, id, model);
    }

    private String page(SignedInAccount me, UUID id, Model model) {
        var found = cases.read(me, id).filter(c -> me.kind() == AccountKind.CITIZEN)
                .orElseThrow(() -> new NotFound("No case " + id));
        model.addAttribute("case", found);
        model.addAttribute("myId", me.id());
        model.addAttribute("answers", answers(found));
        model.addAttribute("transitions", transitions.available(me, id));
        model.addAttribute("decision", "");
        // A grant application's offer, agreement and payments live on its grant page.
        model.addAttribute("grant", grants.mine(me, id).orElse(null));
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", "");
        }
        return "portal/case";
    }

    private List<AnswerText.Line> answers(CaseDetails found) {
        return catalogue.version(found.serviceId(), found.serviceVersion())
                .map(service -> AnswerText.of(service.form(), found.answers()))
                .orElse(List.of());
    }
}
