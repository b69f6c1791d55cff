package org.frontdoor.diligence.internal.registers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the charity-register check finds its data ({@code frontdoor.diligence.charities}).
 *
 * @param extract      the Charity Commission's {@code publicextract.charity.txt} (tab-separated text from the
 *                     full register download); empty: the check refers, saying it is not configured
 * @param eventHistory optional {@code publicextract.charity_event_history.txt}, for the reason a charity was removed
 * @param lookups      optional folder with newer copies of the charity-lookups files; empty: the shipped copies
 */
@ConfigurationProperties("frontdoor.diligence.charities")
record CharityRegisterSettings(String extract, String eventHistory, String lookups) {

    CharityRegisterSettings {
        extract = extract == null ? "" : extract.trim();
        eventHistory = eventHistory == null ? "" : eventHistory.trim();
        lookups = lookups == null ? "" : lookups.trim();
    }
}
