/**
 * Public API of the screening engine: build a {@link org.frontdoor.screening.Screening} from
 * loaded sanctions lists and screen names against it. Plain Java, no framework.
 */
package org.frontdoor.screening;
