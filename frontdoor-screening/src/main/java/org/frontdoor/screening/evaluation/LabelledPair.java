package org.frontdoor.screening.evaluation;

import org.frontdoor.screening.names.Schema;

/**
 * Two names known to denote the same party or not.
 *
 * @param name1  first name
 * @param name2  second name
 * @param schema kind of party
 * @param match  true when both names denote the same party
 * @param origin where the label comes from, e.g. "gb_hmt_ofsi:variant" or "un_sc_consolidated:other-entry"
 */
public record LabelledPair(String name1, String name2, Schema schema, boolean match, String origin) {
}
