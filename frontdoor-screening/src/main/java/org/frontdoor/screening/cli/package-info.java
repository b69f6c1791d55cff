/** The command-line interface: score-pairs, screen, evaluate, benchmark, diff. */
package org.frontdoor.screening.cli;
