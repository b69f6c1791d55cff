package org.frontdoor.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page. Worklists arrive with case management; until then it says what will be here. */
@Controller
class ConsoleHome {

    @GetMapping("/console")
    String home() {
        return "console/home";
    }
}
