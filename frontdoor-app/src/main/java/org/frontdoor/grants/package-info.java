/**
 * Grants: programmes and rounds, eligibility, applications by individuals and organisations (each a
 * case of the programme's form), assessment against weighted criteria, awards within budget, an
 * append-only money ledger, payments and payment runs, and 360Giving open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grants")
package org.frontdoor.grants;
