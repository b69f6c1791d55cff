/**
 * Name matching built for names rather than strings: normalisation and transliteration to Latin,
 * removal of honorifics and legal forms, token alignment that ignores word order and tolerates
 * initials, particles, merged or split words and typing errors, and an explanation of every score.
 */
package org.frontdoor.screening.names;
