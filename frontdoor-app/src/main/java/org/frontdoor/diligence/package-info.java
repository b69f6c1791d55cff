/**
 * Due diligence: checks run on an applicant when their case is submitted (sanctions lists, bank
 * account validity, later company and charity registers), each with the evidence it saw, and a
 * red/amber/green risk rating with its reasons that a team lead may override with a reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Due diligence")
package org.frontdoor.diligence;
