package org.frontdoor.grants.internal.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A payment run as the bank receives it: one debtor account, one execution date, one or more
 * credit transfers in pounds.
 *
 * <p>The constructor refuses an empty run, a message id that is not 1 to 35 characters of the
 * ISO 20022 Latin character set, and two transfers with the same end-to-end id (the bank and the
 * ledger would not tell them apart). The list is copied.
 *
 * @param messageId           unique per file sent to the bank (1 to 35 characters)
 * @param createdAt           when the file was made
 * @param initiatingPartyName the organisation sending the file (at most 70 characters are sent)
 * @param debtor              the account the money leaves
 * @param executionDate       the day the bank is asked to pay
 * @param transfers           the payments, in the order they appear in the file
 */
public record PaymentBatch(String messageId, Instant createdAt, String initiatingPartyName,
        Debtor debtor, LocalDate executionDate, List<CreditTransfer> transfers) {

    public PaymentBatch {
        if (messageId == null || messageId.isEmpty() || messageId.length() > 35
                || !Iso20022Text.isLatin(messageId)) {
            throw new InvalidPaymentException("Payment run '" + messageId
                    + "': the message id must be 1 to 35 characters of A-Z, a-z, 0-9, space and / - ? : ( ) . , ' +");
        }
        String who = "Payment run " + messageId;
        Objects.requireNonNull(createdAt, who + ": createdAt");
        Objects.requireNonNull(debtor, who + ": debtor");
        Objects.requireNonNull(executionDate, who + ": executionDate");
        if (Iso20022Text.latin(initiatingPartyName).isEmpty()) {
            throw new InvalidPaymentException(
                    who + ": the initiating party name has no letters or digits a bank can carry");
        }
        if (transfers == null || transfers.isEmpty()) {
            throw new InvalidPaymentException(who + ": has no transfers; a bank refuses an empty file");
        }
        transfers = List.copyOf(transfers);
        var ids = new HashSet<String>();
        for (CreditTransfer transfer : transfers) {
            if (!ids.add(transfer.endToEndId())) {
                throw new InvalidPaymentException(
                        who + ": transfer " + transfer.endToEndId() + " appears more than once");
            }
        }
    }

    /** The sum of the amounts, exact, two decimal places: the file's control sum. */
    public BigDecimal controlSum() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (CreditTransfer transfer : transfers) {
            sum = sum.add(transfer.amount());
        }
        return sum;
    }
}
