/** The staff console: worklists, and the admin pages for accounts, teams and the audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Staff console")
package org.frontdoor.console;
