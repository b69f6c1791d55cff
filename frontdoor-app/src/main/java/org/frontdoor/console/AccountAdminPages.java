package org.frontdoor.console;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.frontdoor.identity.AccountAdministration;
import org.frontdoor.identity.NewStaffMember;
import org.frontdoor.identity.Role;
import org.frontdoor.platform.InvalidInput;
import org.frontdoor.platform.web.NotFound;
import org.frontdoor.platform.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for accounts: find, create staff, change access, close and reopen. */
@Controller
class AccountAdminPages {

    private final AccountAdministration administration;

    AccountAdminPages(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/console/admin/users")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("accounts", administration.accounts(q.length() > 200 ? q.substring(0, 200) : q, page));
        return "console/admin/users";
    }

    @GetMapping("/console/admin/users/new")
    String newStaffForm(Model model) {
        model.addAttribute("fullName", "");
        model.addAttribute("email", "");
        model.addAttribute("selectedRoles", Set.of());
        model.addAttribute("selectedTeams", Set.of());
        return staffForm(model);
    }

    @PostMapping("/console/admin/users/new")
    String createStaff(@RequestParam(defaultValue = "") String fullName, @RequestParam(defaultValue = "") String email,
                       @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<String> teams,
                       Model model, RedirectAttributes redirect) {
        try {
            var id = administration.createStaff(new NewStaffMember(fullName, email, roles(roles), teams(teams)));
            redirect.addFlashAttribute("notice", "Staff account created. We have emailed " + email.strip() + " a link to choose a password.");
            return "redirect:/console/admin/users/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("fullName", fullName);
            model.addAttribute("email", email);
            model.addAttribute("selectedRoles", roles == null ? Set.of() : Set.copyOf(roles));
            model.addAttribute("selectedTeams", teams == null ? Set.of() : Set.copyOf(teams));
            PageErrors.show(model, invalid);
            return staffForm(model);
        }
    }

    @GetMapping("/console/admin/users/{id}")
    String account(@PathVariable UUID id, Model model) {
        var account = administration.account(id).orElseThrow(() -> new NotFound("No account " + id));
        model.addAttribute("account", account);
        model.addAttribute("selectedRoles", account.roles().stream().map(Role::name).collect(Collectors.toSet()));
        model.addAttribute("selectedTeams", account.teams().stream().map(t -> t.id().toString()).collect(Collectors.toSet()));
        model.addAttribute("allTeams", administration.teams());
        model.addAttribute("staffRoles", staffRoles());
        return "console/admin/user";
    }

    @PostMapping("/console/admin/users/{id}/access")
    String changeAccess(@PathVariable UUID id, @RequestParam(required = false) List<String> roles,
                        @RequestParam(required = false) List<String> teams, Model model, RedirectAttributes redirect) {
        try {
            administration.changeStaffAccess(id, roles(roles), teams(teams));
            redirect.addFlashAttribute("notice", "Roles and teams saved.");
            return "redirect:/console/admin/users/" + id;
        } catch (InvalidInput invalid) {
            account(id, model);
            model.addAttribute("selectedRoles", roles == null ? Set.of() : Set.copyOf(roles));
            model.addAttribute("selectedTeams", teams == null ? Set.of() : Set.copyOf(teams));
            PageErrors.show(model, invalid);
            return "console/admin/user";
        }
    }

    @PostMapping("/console/admin/users/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        administration.setEnabled(id, enabled);
        redirect.addFlashAttribute("notice", enabled ? "Account reopened." : "Account closed: it can no longer sign in.");
        return "redirect:/console/admin/users/" + id;
    }

    private String staffForm(Model model) {
        model.addAttribute("allTeams", administration.teams());
        model.addAttribute("staffRoles", staffRoles());
        return "console/admin/new-user";
    }

    private static List<Role> staffRoles() {
        return EnumSet.allOf(Role.class).stream().filter(Role::isStaff).toList();
    }

    /** Unknown role names are a tampered form: treat as none, which the rules then reject. */
    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream()
                .flatMap(name -> EnumSet.allOf(Role.class).stream().filter(role -> role.name().equals(name)))
                .collect(Collectors.toSet());
    }

    private static Set<UUID> teams(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        try {
            return ids.stream().map(UUID::fromString).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("teams", "Select teams from the list");
        }
    }
}
