package org.frontdoor.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.audit.AuditActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, whichever way they signed in. Stored in the HTTP session
 * (in the database), so it holds no password once sign-in has finished.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, AuditActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private final AccountKind kind;
    private final Set<Role> roles;
    private final Set<UUID> teamIds;
    private final boolean enabled;
    private String passwordHash;

    public SignedInAccount(UUID id, String email, String displayName, AccountKind kind, Set<Role> roles,
                           Set<UUID> teamIds, boolean enabled, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.kind = kind;
        this.roles = Set.copyOf(roles);
        this.teamIds = Set.copyOf(teamIds);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public AccountKind kind() {
        return kind;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<UUID> teamIds() {
        return teamIds;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String auditActorId() {
        return id.toString();
    }

    @Override
    public String auditActorName() {
        return displayName + " <" + email + ">";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + id + "]";
    }
}
