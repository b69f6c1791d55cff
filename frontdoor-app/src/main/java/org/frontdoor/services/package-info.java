/**
 * Service definitions: a public service described in one YAML file (its form, case life cycle,
 * SLAs and routing) with no code per service. Definitions are validated when read; every mistake
 * names the file, the line and the field.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package org.frontdoor.services;
