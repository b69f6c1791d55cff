/**
 * Sanctions lists: readers for the published formats (OFAC SDN legacy CSV, UK OFSI ConList CSV,
 * UN Security Council consolidated XML, EU Financial Sanctions Files XML), format detection, and
 * the differences between two versions of a list.
 */
package org.frontdoor.screening.lists;
