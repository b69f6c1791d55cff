/**
 * The record-linkage engine (the frontdoor-linkage jar), seen from the app: a plain-Java library, not a
 * capability. Its packages share the app's base package, so Spring Modulith would otherwise take it for
 * a module with a hidden inside; declared open, any capability may use its types (today: people).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage engine (library)",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.frontdoor.linkage;
