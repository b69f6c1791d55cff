/**
 * String comparators and phonetic codes used by name matching. Each one is a pure function,
 * checked against published conformance vectors in the tests.
 */
package org.frontdoor.screening.similarity;
