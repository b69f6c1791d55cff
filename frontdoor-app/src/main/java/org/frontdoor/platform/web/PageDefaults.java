package org.frontdoor.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Every page starts with no errors, so templates need no null checks. */
@ControllerAdvice(annotations = Controller.class)
class PageDefaults {

    @ModelAttribute
    void noErrors(Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("fieldErrors", Map.of());
    }
}
