package org.frontdoor.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.frontdoor.identity.SignedInAccount;

/**
 * Paying awards: payment runs that gather the instalments due into one ISO 20022 credit transfer
 * file (pain.001) for the bank, and that mark them paid only when the bank confirms the run; and
 * changes to an award after it is made (variations, clawback), each a ledger entry with a reason.
 * Team leads and admins.
 */
public interface PayingGrants {

    enum RunStatus { CREATED, CONFIRMED, FAILED }

    record PaymentRun(UUID id, String messageId, RunStatus status, LocalDate executionDate, int payments, BigDecimal controlSum,
                      Instant createdAt, Instant closedAt) {
    }

    List<PaymentRun> runs(SignedInAccount staff);

    /**
     * Gathers every instalment due by the execution date (offer accepted; monitoring report in when it
     * waits for one) into a run and its file, validated against the pain.001 schema before it is kept.
     *
     * @throws org.frontdoor.platform.InvalidInput when nothing is due, or a payee's bank details cannot be paid to
     */
    PaymentRun createRun(SignedInAccount staff, LocalDate executionDate);

    /** The run's pain.001 file, for the bank. */
    byte[] file(SignedInAccount staff, UUID runId);

    /** The bank paid the run: every payment in it is marked paid and recorded in the ledger, all or nothing. */
    PaymentRun confirm(SignedInAccount staff, UUID runId);

    /** The bank refused the run: its payments go back to waiting for the next run. */
    PaymentRun fail(SignedInAccount staff, UUID runId, String reason);

    /**
     * Changes the amount of an award, up or down (never below what is paid or in a run, never past the
     * budget): a ledger entry with the reason, and unpaid instalments replaced by one for the rest.
     */
    void vary(SignedInAccount lead, UUID caseId, String newAmount, String reason);

    /** Records money recovered from the recipient: less paid, and less committed. */
    void clawBack(SignedInAccount lead, UUID caseId, String amount, String reason);

    /** The application's ledger entries, oldest first, for the staff page. */
    List<LedgerLine> ledger(SignedInAccount staff, UUID caseId);

    record LedgerLine(String kind, BigDecimal amount, String reason, Instant recordedAt) {
    }
}
