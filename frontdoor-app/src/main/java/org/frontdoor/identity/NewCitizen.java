package org.frontdoor.identity;

/** What a citizen types to register. Raw input: validation happens in {@link Registration}. */
public record NewCitizen(String fullName, String email, String password, String confirmPassword) {
}
