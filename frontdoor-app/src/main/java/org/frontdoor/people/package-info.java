/**
 * The person registry, the single view of the citizen: records from source systems (tax, benefits,
 * housing, ...) and case applicants linked into persons by the frontdoor-linkage engine, a golden
 * record per person with the provenance of every field, a clerical review queue for uncertain pairs,
 * and merges and splits with full history. Its pages and API sit in {@code internal}; other modules
 * only link to {@code /console/people/...}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.frontdoor.people;
