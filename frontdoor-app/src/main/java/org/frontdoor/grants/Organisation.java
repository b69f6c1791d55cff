package org.frontdoor.grants;

/** An organisation that applies for grants, named by its 360Giving org-id (such as GB-CHC-1234567). */
public record Organisation(String orgId, String name, ApplicantKind kind) {
}
