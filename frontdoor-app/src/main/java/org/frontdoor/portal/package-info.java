/** The citizen portal: pages for the public, thin over the capabilities. */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen portal")
package org.frontdoor.portal;
