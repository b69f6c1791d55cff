package org.frontdoor.grants.internal.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.frontdoor.grants.Money;

/**
 * What a grant offer agreement says: who is offered how much, by whom, under which programme, for
 * what, and how it will be paid.
 *
 * <p>The constructor refuses an offer whose payment schedule is empty or does not add up to the
 * amount awarded, so no agreement can promise one sum and schedule another. Text fields may come
 * from applicants; {@link AgreementDocument} prints them literally, never as markup.
 *
 * @param reference       the offer's reference, e.g. "GR-2026-0042"
 * @param offeredOn       the date of the offer
 * @param recipientName   the person or organisation offered the grant
 * @param organisationId  the recipient's registered number (company, charity), or null for a person
 * @param programmeName   the grant programme
 * @param funder          the public body making the offer
 * @param amountAwarded   pounds, positive, at most two decimal places
 * @param purpose         what the money is for, as agreed at assessment
 * @param schedule        the instalments, in order; their amounts add up to {@code amountAwarded}
 */
public record GrantOffer(String reference, LocalDate offeredOn, String recipientName,
        String organisationId, String programmeName, String funder, BigDecimal amountAwarded,
        String purpose, List<Instalment> schedule) {

    public GrantOffer {
        requireText(reference, "reference");
        Objects.requireNonNull(offeredOn, "offeredOn");
        requireText(recipientName, "recipient name");
        requireText(programmeName, "programme name");
        requireText(funder, "funder");
        requireText(purpose, "purpose");
        amountAwarded = Pounds.checked(amountAwarded, "Offer " + reference);
        if (schedule == null || schedule.isEmpty()) {
            throw new IllegalArgumentException("Offer " + reference + " has no payment schedule");
        }
        schedule = List.copyOf(schedule);
        BigDecimal scheduled = schedule.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (scheduled.compareTo(amountAwarded) != 0) {
            throw new IllegalArgumentException("Offer " + reference + ": the payment schedule totals "
                    + Money.exact(scheduled) + " but the amount awarded is " + Money.exact(amountAwarded));
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A grant offer needs a " + field);
        }
    }
}
