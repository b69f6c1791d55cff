package org.frontdoor.identity;

import java.util.Set;
import java.util.UUID;

/** A staff account an admin creates; the person sets their own password from an emailed link. */
public record NewStaffMember(String fullName, String email, Set<Role> roles, Set<UUID> teamIds) {
}
