/**
 * Cases: an application submitted to a service becomes a case with a reference, a team, a state of
 * its service's life cycle, an SLA clock and a timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.frontdoor.cases;
