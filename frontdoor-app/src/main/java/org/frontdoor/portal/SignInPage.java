package org.frontdoor.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form for citizens and, at /console/sign-in, for staff; both post to /sign-in. */
@Controller
class SignInPage {

    private final String oidcIssuer;
    private final String oidcName;

    SignInPage(@Value("${frontdoor.oidc.issuer:}") String oidcIssuer,
               @Value("${frontdoor.oidc.display-name:your organisation’s sign-in}") String oidcName) {
        this.oidcIssuer = oidcIssuer;
        this.oidcName = oidcName;
    }

    @GetMapping("/sign-in")
    String citizen(@RequestParam(required = false) String error, Model model) {
        return page(model, error, "portal");
    }

    @GetMapping("/console/sign-in")
    String staff(@RequestParam(required = false) String error, Model model) {
        return page(model, error, "console");
    }

    private String page(Model model, String error, String origin) {
        model.addAttribute("origin", origin);
        model.addAttribute("oidcEnabled", !oidcIssuer.isBlank());
        model.addAttribute("oidcName", oidcName);
        if (error != null) {
            model.addAttribute("signInError", switch (error) {
                case "throttled" -> "You have tried to sign in too many times. Wait 15 minutes, then try again";
                case "unverified" -> "Confirm your email address before you sign in. Use the link in the email we sent you";
                case "disabled" -> "This account has been closed. Contact the service if you think this is wrong";
                case "oidc" -> "Sign-in with " + oidcName + " did not work. Try again, or sign in with your email address";
                default -> "Enter a correct email address and password";
            });
        }
        return "portal/sign-in";
    }
}
