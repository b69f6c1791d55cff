package org.frontdoor.portal;

import org.frontdoor.identity.InvalidToken;
import org.frontdoor.identity.NewCitizen;
import org.frontdoor.identity.Registration;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating a citizen account and confirming its email address. */
@Controller
class RegistrationPages {

    private final Registration registration;

    RegistrationPages(Registration registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm("", ""));
        return "portal/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegistrationForm form, @RequestParam(defaultValue = "") String password,
                    @RequestParam(defaultValue = "") String confirmPassword, Model model, RedirectAttributes redirect) {
        try {
            registration.register(new NewCitizen(form.fullName(), form.email(), password, confirmPassword));
        } catch (InvalidInput invalid) {
            // Passwords are never sent back to the page; everything else the person typed is kept.
            model.addAttribute("form", form);
            PageErrors.show(model, invalid);
            return "portal/register";
        }
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/register/check-email";
    }

    @GetMapping("/register/check-email")
    String checkEmail() {
        return "portal/check-email";
    }

    @GetMapping("/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        try {
            registration.verifyEmail(token);
            return "portal/email-verified";
        } catch (InvalidToken invalid) {
            model.addAttribute("message", invalid.getMessage());
            return "portal/link-expired";
        }
    }

    @GetMapping("/verify-email/resend")
    String resendForm() {
        return "portal/resend-verification";
    }

    @PostMapping("/verify-email/resend")
    String resend(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        registration.resendVerification(email);
        redirect.addFlashAttribute("email", email.strip());
        return "redirect:/register/check-email";
    }

    /** What the registration page sends back to itself; never the password. */
    record RegistrationForm(String fullName, String email) {
        RegistrationForm {
            fullName = fullName == null ? "" : fullName;
            email = email == null ? "" : email;
        }
    }
}
