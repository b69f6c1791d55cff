package org.frontdoor.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may read. */
@Controller
class PublicPages {

    @GetMapping("/")
    String start() {
        return "portal/start";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "portal/cookies";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "portal/accessibility";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "portal/signed-out";
    }
}
