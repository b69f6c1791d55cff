package org.frontdoor.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.InvalidInput.FieldProblem;
import org.springframework.ui.Model;

/** Puts field problems where the page templates look for them: the error summary and each field. */
public final class PageErrors {

    private PageErrors() {
    }

    public static void show(Model model, InvalidInput invalid) {
        show(model, invalid.problems());
    }

    public static void show(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p.message()));
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", byField);
    }
}
