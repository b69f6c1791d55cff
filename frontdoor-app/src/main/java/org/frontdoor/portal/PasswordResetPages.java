package org.frontdoor.portal;

import org.frontdoor.identity.InvalidToken;
import org.frontdoor.identity.PasswordResets;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords, and first passwords of new staff. */
@Controller
class PasswordResetPages {

    private final PasswordResets resets;

    PasswordResetPages(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String requestForm() {
        return "portal/password-reset-request";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email, Model model) {
        if (email.isBlank()) {
            model.addAttribute("email", email);
            PageErrors.show(model, InvalidInput.of("email", "Enter your email address"));
            return "portal/password-reset-request";
        }
        resets.requestReset(email);
        return "portal/password-reset-sent";
    }

    @GetMapping("/password-reset/new")
    String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!resets.isUsable(token)) {
            model.addAttribute("message", "This password reset link has expired or has already been used.");
            return "portal/link-expired";
        }
        model.addAttribute("token", token);
        return "portal/password-reset-new";
    }

    @PostMapping("/password-reset/new")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String confirmPassword, Model model) {
        try {
            resets.resetPassword(token, password, confirmPassword);
            return "portal/password-reset-done";
        } catch (InvalidInput invalid) {
            model.addAttribute("token", token);
            PageErrors.show(model, invalid);
            return "portal/password-reset-new";
        } catch (InvalidToken invalid) {
            model.addAttribute("message", invalid.getMessage());
            return "portal/link-expired";
        }
    }
}
