package org.frontdoor.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.cases.ApplyingForServices;
import org.frontdoor.cases.Draft;
import org.frontdoor.documents.Upload;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.AnswerCheck;
import org.frontdoor.services.AnswerText;
import org.frontdoor.services.ConditionValues;
import org.frontdoor.services.QuestionType;
import org.frontdoor.services.ServiceCatalogue;
import org.frontdoor.services.ServiceDefinition;
import org.frontdoor.services.ServiceDefinition.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applying for a service, one page at a time, as its definition describes: every page saves what
 * is valid, pages whose conditions do not hold are skipped, and the person checks their answers
 * and makes the declaration before sending.
 */
@Controller
class ApplyPages {

    private static final int MAX_GROUP_ROWS = 100;

    private final ApplyingForServices applying;
    private final ServiceCatalogue catalogue;

    ApplyPages(ApplyingForServices applying, ServiceCatalogue catalogue) {
        this.applying = applying;
        this.catalogue = catalogue;
    }

    @GetMapping("/account/services")
    String services(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("services", catalogue.offered());
        model.addAttribute("notOpen", catalogue.notOpen());
        model.addAttribute("drafts", applying.inProgress(me));
        return "portal/services";
    }

    @PostMapping("/account/services/{serviceId}/start")
    String start(@AuthenticationPrincipal SignedInAccount me, @PathVariable String serviceId) {
        var draft = applying.start(me, serviceId);
        var service = catalogue.latest(serviceId).orElseThrow();
        return "redirect:/account/applications/" + draft + "/" + applicable(service, Map.of()).getFirst().id();
    }

    @GetMapping("/account/applications/{draftId}")
    String resume(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID draftId) {
        var draft = draft(me, draftId);
        var service = service(draft);
        // Back to the first page that still has an unanswered required question, else to the check page.
        for (var page : applicable(service, draft.answers())) {
            if (page.questions().stream().anyMatch(q -> q.required() && !draft.answers().containsKey(q.id()))) {
                return "redirect:/account/applications/" + draftId + "/" + page.id();
            }
        }
        return "redirect:/account/applications/" + draftId + "/check";
    }

    @GetMapping("/account/applications/{draftId}/{pageId:[a-z][a-zA-Z0-9]*}")
    String page(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID draftId, @PathVariable String pageId,
                @RequestParam(defaultValue = "false") boolean change, Model model) {
        var draft = draft(me, draftId);
        var service = service(draft);
        var page = page(service, pageId);
        model.addAttribute("values", AnswerCheck.fields(page.questions(), draft.answers()));
        return render(model, draft, service, page, change, Map.of());
    }

    @PostMapping("/account/applications/{draftId}/{pageId:[a-z][a-zA-Z0-9]*}")
    String save(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID draftId, @PathVariable String pageId,
                @RequestParam(defaultValue = "false") boolean change, @RequestParam(defaultValue = "") String action,
                @RequestParam MultiValueMap<String, String> form, @RequestParam MultiValueMap<String, MultipartFile> files,
                Model model) {
        var input = new HashMap<String, List<String>>(form);
        var uploads = new HashMap<String, Upload>();
        files.forEach((field, chosen) -> chosen.stream().findFirst().flatMap(Upload::from).ifPresent(u -> uploads.put(field, u)));
        var checked = applying.savePage(me, draftId, pageId, input, uploads);
        var draft = draft(me, draftId);
        var service = service(draft);
        var page = page(service, pageId);
        // Files are not sent back to the browser: show what each file question holds now.
        input.putAll(AnswerCheck.fields(page.questions().stream().filter(q -> q.type() == QuestionType.FILE).toList(), draft.answers()));
        if (action.startsWith("add:")) {
            // "Add another": keep what was typed, show one more empty item, no errors yet.
            model.addAttribute("values", input);
            return render(model, draft, service, page, change, Map.of(action.substring(4), 1));
        }
        if (!checked.valid()) {
            model.addAttribute("values", input);
            PageErrors.show(model, checked.problems());
            return render(model, draft, service, page, change, Map.of());
        }
        if (change) {
            return "redirect:/account/applications/" + draftId + "/check";
        }
        var pages = applicable(service, draft.answers());
        int here = pages.stream().map(Page::id).toList().indexOf(pageId);
        return here >= 0 && here + 1 < pages.size()
                ? "redirect:/account/applications/" + draftId + "/" + pages.get(here + 1).id()
                : "redirect:/account/applications/" + draftId + "/check";
    }

    @GetMapping("/account/applications/{draftId}/check")
    String check(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID draftId, Model model) {
        var draft = draft(me, draftId);
        return checkPage(model, draft, service(draft));
    }

    @PostMapping("/account/applications/{draftId}/check")
    String submit(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID draftId, Model model) {
        var draft = draft(me, draftId);
        try {
            var submitted = applying.submit(me, draftId);
            return "redirect:/account/cases/" + submitted.id() + "?sent=true";
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return checkPage(model, draft, service(draft));
        }
    }

    private String checkPage(Model model, Draft draft, ServiceDefinition service) {
        if (draft.submitted()) {
            return "redirect:/account/cases/" + draft.submittedCaseId();
        }
        var sections = new ArrayList<Section>();
        for (var page : applicable(service, draft.answers())) {
            sections.add(new Section(page, AnswerText.of(page, draft.answers())));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("service", service);
        model.addAttribute("sections", sections);
        // Say so before the citizen presses send, not after; the draft is kept either way.
        model.addAttribute("availability", catalogue.availability(service.id()));
        return "portal/check-answers";
    }

    private String render(Model model, Draft draft, ServiceDefinition service, Page page, boolean change, Map<String, Integer> extraRows) {
        if (draft.submitted()) {
            return "redirect:/account/cases/" + draft.submittedCaseId();
        }
        @SuppressWarnings("unchecked")
        var values = (Map<String, List<String>>) model.getAttribute("values");
        var rows = new HashMap<String, Integer>();
        page.questions().stream().filter(q -> q.type() == QuestionType.REPEATING_GROUP).forEach(group -> {
            int given = (int) values.keySet().stream().filter(k -> k.startsWith(group.id() + "-"))
                    .map(k -> k.substring(group.id().length() + 1).split("-")[0]).distinct().count();
            rows.put(group.id(), Math.min(MAX_GROUP_ROWS, Math.max(1, given) + extraRows.getOrDefault(group.id(), 0)));
        });
        var pages = applicable(service, draft.answers());
        int here = pages.stream().map(Page::id).toList().indexOf(page.id());
        model.addAttribute("draft", draft);
        model.addAttribute("service", service);
        model.addAttribute("page", page);
        model.addAttribute("visible", page.questions().stream()
                .filter(q -> q.showWhen() == null || q.showWhen().test(ConditionValues.of(draft.answers()))).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("change", change);
        model.addAttribute("back", here > 0 ? "/account/applications/" + draft.id() + "/" + pages.get(here - 1).id() : "/account/services");
        return "portal/apply-page";
    }

    private static List<Page> applicable(ServiceDefinition service, Map<String, ?> answers) {
        var values = ConditionValues.of(answers);
        return service.form().pages().stream().filter(p -> p.showWhen() == null || p.showWhen().test(values)).toList();
    }

    private Draft draft(SignedInAccount me, UUID draftId) {
        return applying.draft(me, draftId).orElseThrow(() -> new NotFound("No application " + draftId));
    }

    private ServiceDefinition service(Draft draft) {
        return catalogue.latest(draft.serviceId()).orElseThrow(() -> new NotFound("No service " + draft.serviceId()));
    }

    private static Page page(ServiceDefinition service, String pageId) {
        return service.form().pages().stream().filter(p -> p.id().equals(pageId)).findFirst()
                .orElseThrow(() -> new NotFound("No page " + pageId));
    }

    /** One page's answers on the check page, with its change link. */
    record Section(Page page, List<AnswerText.Line> lines) {
    }
}
