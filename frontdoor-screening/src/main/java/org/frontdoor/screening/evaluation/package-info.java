/**
 * Measuring match quality: labelled name pairs built from the lists themselves, and precision,
 * recall and F1 of the matcher on them.
 */
package org.frontdoor.screening.evaluation;
