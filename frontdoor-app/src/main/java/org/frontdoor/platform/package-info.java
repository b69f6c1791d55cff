/**
 * Infrastructure every capability shares: the database (embedded or external), request ids,
 * web configuration and error responses. It holds no domain logic, so it is an open module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.frontdoor.platform;
