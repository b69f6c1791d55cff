/**
 * Append-only, tamper-evident audit log of every change and every read of personal data: who,
 * when, what and why. Other capabilities record through {@link org.frontdoor.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.frontdoor.audit;
