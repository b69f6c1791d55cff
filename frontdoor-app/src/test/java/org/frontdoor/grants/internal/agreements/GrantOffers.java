package org.frontdoor.grants.internal.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Grant offers in named states, for tests. */
final class GrantOffers {

    private GrantOffers() {
    }

    /** £12,345.00 to a charity in three instalments: one on signing, one on a date, one on a report. */
    static GrantOffer communityHallOffer() {
        return offerTo("Hillview Community Association", "1123456");
    }

    static GrantOffer offerTo(String recipientName, String organisationId) {
        return new GrantOffer("GR-2026-0042", LocalDate.of(2026, 11, 23), recipientName, organisationId,
                "Community Spaces Fund", "Department for Communities", new BigDecimal("12345.00"),
                "Repair the roof of the community hall and make the entrance step-free.",
                List.of(Instalment.when("on receipt of the signed agreement", new BigDecimal("5000.00")),
                        Instalment.on(LocalDate.of(2027, 3, 1), new BigDecimal("5000.00")),
                        new Instalment(new BigDecimal("2345.00"), LocalDate.of(2027, 9, 1),
                                "once the final report is approved")));
    }
}
