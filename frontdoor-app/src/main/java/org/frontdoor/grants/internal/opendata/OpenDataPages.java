package org.frontdoor.grants.internal.opendata;

import java.io.IOException;
import java.util.List;
import org.frontdoor.grants.internal.opendata.GrantPackageReader.UnreadableGrantFile;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin page that imports other funders' 360Giving files into the funding history. A plain
 * multipart form, so it works without JavaScript; files over the app's upload limit (50MB) are
 * answered with the "file too big" page before they are read.
 */
@Controller
class OpenDataPages {

    static final String PAGE = "console/open-data";

    private final PastGrantImport pastGrantImport;
    private final PastGrants pastGrants;

    OpenDataPages(PastGrantImport pastGrantImport, PastGrants pastGrants) {
        this.pastGrantImport = pastGrantImport;
        this.pastGrants = pastGrants;
    }

    @GetMapping("/console/admin/open-data")
    String form(Model model) {
        return page(model);
    }

    @PostMapping("/console/admin/open-data")
    String importFile(@RequestParam(name = "grants", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return refused(model, "Choose a 360Giving JSON file to import");
        }
        if (file.isEmpty()) {
            return refused(model, "The selected file is empty. Choose a 360Giving JSON file with a \"grants\" list.");
        }
        try (var in = file.getInputStream()) {
            model.addAttribute("report", pastGrantImport.importFile(file.getOriginalFilename(), in));
        } catch (UnreadableGrantFile unreadable) {
            return refused(model, unreadable.getMessage() + " Nothing was imported.");
        }
        return page(model);
    }

    private String refused(Model model, String message) {
        PageErrors.show(model, List.of(new FieldProblem("grants", message)));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("storedInAll", pastGrants.count());
        return PAGE;
    }
}
