package org.frontdoor.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frontdoor.identity.SignedInAccount;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.frontdoor.services.DefinitionProblem;
import org.frontdoor.services.InvalidDefinition;
import org.frontdoor.services.ServiceAdministration;
import org.frontdoor.services.ServiceAdministration.AdministeredService;
import org.frontdoor.services.ServiceStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for services: every version and where it came from, refused definition files,
 * uploading a new version (a file, or YAML pasted in), and opening, pausing and retiring.
 */
@Controller
class ServiceAdminPages {

    private final ServiceAdministration administration;

    ServiceAdminPages(ServiceAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/console/admin/services")
    String services(Model model) {
        model.addAttribute("services", administration.services());
        model.addAttribute("refused", administration.refused());
        return "console/admin/services";
    }

    @GetMapping("/console/admin/services/{serviceId}")
    String service(@PathVariable String serviceId, Model model) {
        model.addAttribute("message", "");
        return servicePage(serviceId, model);
    }

    @PostMapping("/console/admin/services/{serviceId}/status")
    String changeStatus(@AuthenticationPrincipal SignedInAccount admin, @PathVariable String serviceId,
                        @RequestParam ServiceStatus status, @RequestParam(defaultValue = "") String message,
                        Model model, RedirectAttributes redirect) {
        var service = find(serviceId);
        try {
            administration.changeStatus(admin, serviceId, status, message);
        } catch (InvalidInput invalid) {
            model.addAttribute("message", message);
            PageErrors.show(model, invalid);
            return servicePage(serviceId, model);
        }
        redirect.addFlashAttribute("notice", switch (status) {
            case OPEN -> "‘" + service.name() + "’ is open: citizens can start and send applications.";
            case PAUSED -> "‘" + service.name() + "’ is paused: citizens see it is not taking applications"
                           + (message.isBlank() ? "" : ", with your message") + ". Their drafts are kept.";
            case RETIRED -> "‘" + service.name() + "’ is retired: it is no longer listed. Its cases can still be read and worked.";
        });
        return "redirect:/console/admin/services/" + serviceId;
    }

    @GetMapping("/console/admin/service-upload")
    String uploadForm(Model model) {
        model.addAttribute("yaml", "");
        return "console/admin/service-upload";
    }

    @PostMapping("/console/admin/service-upload")
    String upload(@AuthenticationPrincipal SignedInAccount admin, @RequestParam(required = false) MultipartFile definition,
                  @RequestParam(defaultValue = "") String yaml, Model model, RedirectAttributes redirect) throws IOException {
        boolean fromFile = definition != null && !definition.isEmpty();
        var field = fromFile ? "definition" : "yaml";
        if (!fromFile && yaml.isBlank()) {
            return uploadRefused(model, yaml, List.of(new FieldProblem("definition", "Choose a service definition file, or paste one")));
        }
        try {
            var published = fromFile
                    ? administration.upload(admin, definition.getOriginalFilename(), new String(definition.getBytes(), StandardCharsets.UTF_8))
                    : administration.upload(admin, null, yaml);
            redirect.addFlashAttribute("notice", "Version " + published.version() + " of ‘" + published.name()
                    + "’ is published. New applications use it; cases keep the version they started with.");
            return "redirect:/console/admin/services/" + published.id();
        } catch (InvalidDefinition invalid) {
            return uploadRefused(model, fromFile ? "" : yaml,
                    invalid.problems().stream().map(p -> new FieldProblem(field, describe(p))).toList());
        }
    }

    private String uploadRefused(Model model, String yaml, List<FieldProblem> problems) {
        model.addAttribute("yaml", yaml);
        PageErrors.show(model, problems);
        return "console/admin/service-upload";
    }

    /** A problem as one line an admin can act on: where, then what. */
    static String describe(DefinitionProblem problem) {
        return problem.file() + ", line " + problem.line() + ", " + problem.field() + ": " + problem.message();
    }

    private String servicePage(String serviceId, Model model) {
        model.addAttribute("service", find(serviceId));
        return "console/admin/service";
    }

    private AdministeredService find(String serviceId) {
        return administration.services().stream().filter(s -> s.id().equals(serviceId)).findFirst()
                .orElseThrow(() -> new NotFound("No service " + serviceId));
    }
}
