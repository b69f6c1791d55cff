/**
 * Accounts, roles, teams and sign-in: citizens register and verify their email; staff accounts are
 * created by an admin; anyone may sign in with an OpenID Connect provider when one is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.frontdoor.identity;
