/**
 * Documents people send: files checked by their content (not their name), scanned, and stored in
 * the database or in a directory, each linked to the draft or case it belongs to. Who may read a
 * document is decided by the capability that owns the link (cases), not here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.frontdoor.documents;
