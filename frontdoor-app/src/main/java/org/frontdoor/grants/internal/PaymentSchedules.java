package org.frontdoor.grants.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.grants.DecidingGrants.PlannedInstalment;
import org.frontdoor.grants.Money;
import org.frontdoor.platform.InvalidInput.FieldProblem;

/** Reads an award's payment schedule as staff typed it and checks it pays exactly the award. */
final class PaymentSchedules {

    static final int MAX_INSTALMENTS = 12;

    private PaymentSchedules() {
    }

    /**
     * @param today rows left wholly blank are ignored; no rows at all means one instalment of the
     *              whole award, payable from today once the offer is accepted
     */
    static List<Payments.Instalment> read(BigDecimal award, List<PlannedInstalment> planned, LocalDate today, List<FieldProblem> problems) {
        var rows = planned == null ? List.<PlannedInstalment>of() : planned.stream()
                .filter(p -> !(blank(p.amount()) && blank(p.dueOn()) && !p.afterReport())).toList();
        if (rows.isEmpty()) {
            return award == null ? List.of() : List.of(new Payments.Instalment(award, today, false));
        }
        if (rows.size() > MAX_INSTALMENTS) {
            problems.add(new FieldProblem("schedule", "Pay an award in at most " + MAX_INSTALMENTS + " instalments"));
            return List.of();
        }
        var instalments = new ArrayList<Payments.Instalment>();
        var total = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var field = "instalment-" + (i + 1);
            var amount = Money.parse(row.amount());
            if (amount == null || amount.signum() <= 0) {
                problems.add(new FieldProblem(field + "-amount", "Enter the amount of instalment " + (i + 1) + " in pounds, like 5000.00"));
                continue;
            }
            LocalDate dueOn = today;
            if (!blank(row.dueOn())) {
                try {
                    dueOn = LocalDate.parse(row.dueOn().strip());
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(field + "-due", "Enter the date of instalment " + (i + 1) + " like 2027-04-30"));
                    continue;
                }
                if (dueOn.isBefore(today)) {
                    problems.add(new FieldProblem(field + "-due", "The date of instalment " + (i + 1) + " must be today or later"));
                    continue;
                }
            } else if (!row.afterReport()) {
                problems.add(new FieldProblem(field + "-due", "Give instalment " + (i + 1) + " a date, or make it wait for a monitoring report"));
                continue;
            }
            total = total.add(amount);
            instalments.add(new Payments.Instalment(amount, dueOn, row.afterReport()));
        }
        if (problems.isEmpty() && award != null && total.compareTo(award) != 0) {
            problems.add(new FieldProblem("schedule", "The instalments add up to " + Money.exact(total) + "; they must add up to the award of "
                    + Money.exact(award)));
        }
        return List.copyOf(instalments);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
