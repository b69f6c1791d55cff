/** Candidate retrieval: an inverted index from name-word keys to listed names. */
package org.frontdoor.screening.index;
