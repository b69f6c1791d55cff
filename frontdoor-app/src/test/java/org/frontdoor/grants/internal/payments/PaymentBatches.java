package org.frontdoor.grants.internal.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Payment runs in named states, for tests. */
final class PaymentBatches {

    static final Debtor FUNDER = Debtor.ukAccount("Community Fund", "20-00-00", "55779911", "BARCGB22");

    private PaymentBatches() {
    }

    static CreditTransfer transfer(String id, String amount, String creditor) {
        return new CreditTransfer(id, new BigDecimal(amount), creditor, "40-47-84", "70872490",
                "Grant GR-2026-0042 instalment 1");
    }

    /** Three grant payments of 0.10, 0.20 and 1234.56. */
    static PaymentBatch threeGrantPayments() {
        return batch(List.of(
                transfer("GR-0001-1", "0.10", "Riverside Food Bank"),
                transfer("GR-0002-1", "0.20", "Hillview Youth Club CIO"),
                transfer("GR-0003-1", "1234.56", "Northgate Allotment Society")));
    }

    static PaymentBatch batch(List<CreditTransfer> transfers) {
        return new PaymentBatch("RUN-2026-11-23-001", Instant.parse("2026-11-23T00:05:00Z"),
                "Frontdoor Grants Service", FUNDER, LocalDate.of(2026, 11, 25), transfers);
    }

    static PaymentBatch manyPayments(int count) {
        var transfers = new ArrayList<CreditTransfer>(count);
        for (int i = 1; i <= count; i++) {
            transfers.add(transfer("GR-" + i, (i % 5000) + ".25", "Grantee number " + i));
        }
        return batch(transfers);
    }
}
