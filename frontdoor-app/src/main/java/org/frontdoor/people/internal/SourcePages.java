package org.frontdoor.people.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.linkage.record.PersonField;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for source systems: add one with its trust per field, upload a CSV file, see the report. */
@Controller
class SourcePages {

    private final Sources sources;
    private final Importing importing;
    private final Linking linking;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    SourcePages(Sources sources, Importing importing, Linking linking,
                org.springframework.transaction.support.TransactionTemplate transactions) {
        this.sources = sources;
        this.importing = importing;
        this.linking = linking;
        this.transactions = transactions;
    }

    /** The batch re-match: records still alone and undecided are matched again; human decisions stand. */
    @PostMapping("/console/people/rematch")
    String rematch(@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        Access.require(me, Access.MANAGE_SOURCES);
        Integer changed = transactions.execute(status -> linking.rematch(me.auditActorName()));
        redirect.addFlashAttribute("notice", "Re-match finished: " + (changed == null ? 0 : changed)
                + " records linked or sent to review.");
        return "redirect:/console/people/sources";
    }

    @GetMapping("/console/people/sources")
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        Access.require(me, Access.MANAGE_SOURCES);
        return page(model, "", "", Map.of());
    }

    @PostMapping("/console/people/sources")
    String add(@AuthenticationPrincipal SignedInAccount me, @RequestParam Map<String, String> form, Model model,
               RedirectAttributes redirect) {
        Access.require(me, Access.MANAGE_SOURCES);
        String id = form.getOrDefault("id", "");
        String name = form.getOrDefault("name", "");
        Map<String, String> trust = new java.util.LinkedHashMap<>();
        for (PersonField field : PersonField.values()) {
            trust.put(field.key(), form.getOrDefault("trust-" + field.key(), ""));
        }
        try {
            if (sources.byId(id.strip()).isPresent()) {
                throw InvalidInput.of("id", "A source with this id exists already");
            }
            var source = SourceForm.validate(id, name, trust, sources.nameTaken(name.strip()));
            sources.save(source);
            redirect.addFlashAttribute("notice", "Source " + source.name() + " added. You can now import its records.");
            return "redirect:/console/people/sources";
        } catch (InvalidInput invalid) {
            PageErrors.show(model, invalid);
            return page(model, id, name, trust);
        }
    }

    @PostMapping("/console/people/sources/{id}/imports")
    String upload(@AuthenticationPrincipal SignedInAccount me, @PathVariable String id,
                  @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        Access.require(me, Access.MANAGE_SOURCES);
        var source = sources.byId(id).orElseThrow(() -> new NotFound("No source " + id));
        if (file == null || file.isEmpty()) {
            PageErrors.show(model, InvalidInput.of("file-" + id, "Choose a CSV file to import into " + source.name()));
            return page(model, "", "", Map.of());
        }
        var report = importing.importCsv(id, new String(file.getBytes(), StandardCharsets.UTF_8), me.auditActorName());
        model.addAttribute("source", source);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("report", report);
        return "console/people/import-report";
    }

    private String page(Model model, String id, String name, Map<String, String> trust) {
        model.addAttribute("sources", sources.all());
        model.addAttribute("fields", PersonField.values());
        model.addAttribute("id", id);
        model.addAttribute("name", name);
        model.addAttribute("trust", trust);
        return "console/people/sources";
    }
}
