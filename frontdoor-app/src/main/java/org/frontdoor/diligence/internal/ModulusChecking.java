package org.frontdoor.diligence.internal;

import java.util.ArrayList;
import java.util.List;
import org.frontdoor.diligence.internal.ModulusTables.Method;
import org.frontdoor.diligence.internal.ModulusTables.Rule;

/**
 * UK sort code and account number validation by Vocalink's published modulus-checking algorithm:
 * the fourteen digits (sort code then account number, {@code u v w x y z a b c d e f g h}) are
 * multiplied by the weights of the rule for the sort code and the total checked with modulus 10,
 * modulus 11 or double alternate, with the exception rules 1 to 14. A sort code with no rule cannot
 * be checked and is presumed valid, as the specification says. Plain Java; the tables are data.
 *
 * <p>Every verdict carries the steps taken, so a caseworker can see why an account failed.
 */
final class ModulusChecking {

    /** Exception 2: the weights when {@code a} is not 0 and {@code g} is not 9. */
    private static final int[] EXCEPTION_2_WEIGHTS = {0, 0, 1, 2, 5, 3, 6, 4, 8, 7, 10, 9, 3, 1};
    /** Exception 2: the weights when {@code a} is not 0 and {@code g} is 9. */
    private static final int[] EXCEPTION_2_WEIGHTS_G9 = {0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 10, 9, 3, 1};
    /** Exception 9: the sort code used for the second check when the first fails. */
    private static final String EXCEPTION_9_SORT_CODE = "309634";
    /** Exception 8: the sort code always used instead. */
    private static final String EXCEPTION_8_SORT_CODE = "090126";

    // Positions of the named digits in the fourteen.
    private static final int A = 6;
    private static final int B = 7;
    private static final int C = 8;
    private static final int G = 12;
    private static final int H = 13;

    enum Status { VALID, INVALID, NOT_CHECKABLE }

    record Verdict(Status status, String reason, List<String> steps) {
        Verdict {
            steps = List.copyOf(steps);
        }
    }

    private final ModulusTables tables;

    ModulusChecking(ModulusTables tables) {
        this.tables = tables;
    }

    /**
     * Validates a sort code (six digits, spaces and hyphens allowed) and account number (six to
     * eight digits; shorter numbers are padded with zeros on the left, as the specification allows).
     */
    Verdict check(String sortCodeText, String accountText) {
        List<String> steps = new ArrayList<>();
        String sortCode = sortCodeText == null ? "" : sortCodeText.replaceAll("[\\s-]", "");
        String account = accountText == null ? "" : accountText.replaceAll("[\\s-]", "");
        if (!sortCode.matches("\\d{6}")) {
            return new Verdict(Status.INVALID, "The sort code is not six digits", steps);
        }
        if (!account.matches("\\d{6,8}")) {
            return new Verdict(Status.INVALID, "The account number is not six to eight digits", steps);
        }
        if (account.length() < 8) {
            account = "0".repeat(8 - account.length()) + account;
            steps.add("account number padded with zeros to " + account);
        }
        List<Rule> rules = tables.rulesFor(Integer.parseInt(sortCode));
        if (rules.isEmpty()) {
            return new Verdict(Status.NOT_CHECKABLE, "No modulus rule covers sort code " + sortCode
                    + ": it cannot be checked and is presumed valid", steps);
        }
        Rule first = rules.get(0);
        int[] digits = digits(sortCode + account);
        if (first.exception() == 6 && digits[A] >= 4 && digits[A] <= 8 && digits[G] == digits[H]) {
            steps.add("exception 6: a foreign currency account (a is " + digits[A] + ", g equals h); not checkable");
            return new Verdict(Status.NOT_CHECKABLE, "A foreign currency account, which modulus checking cannot check", steps);
        }
        boolean firstPasses = run(first, sortCode, account, steps);
        if (rules.size() == 1) {
            return verdict(firstPasses, steps);
        }
        Rule second = rules.get(1);
        if (first.exception() == 2 && second.exception() == 9) {
            if (firstPasses) {
                steps.add("exceptions 2 and 9: the first check passed, the second is not needed");
                return verdict(true, steps);
            }
            steps.add("exception 9: the first check failed; second check with sort code " + EXCEPTION_9_SORT_CODE);
            return verdict(run(second, EXCEPTION_9_SORT_CODE, account, steps), steps);
        }
        if (first.exception() == 10 && second.exception() == 11 || first.exception() == 12 && second.exception() == 13) {
            boolean secondPasses = run(second, sortCode, account, steps);
            steps.add("exceptions " + first.exception() + " and " + second.exception() + ": valid when either check passes");
            return verdict(firstPasses || secondPasses, steps);
        }
        if (!firstPasses) {
            steps.add("the first check failed, so the second is not needed");
            return verdict(false, steps);
        }
        if (second.exception() == 3 && (digits[C] == 6 || digits[C] == 9)) {
            steps.add("exception 3: c is " + digits[C] + ", so the second check is not needed");
            return verdict(true, steps);
        }
        return verdict(run(second, sortCode, account, steps), steps);
    }

    private static Verdict verdict(boolean valid, List<String> steps) {
        return valid ? new Verdict(Status.VALID, "The sort code and account number pass modulus checking", steps)
                : new Verdict(Status.INVALID, "The account number is not valid for the sort code (modulus check failed)", steps);
    }

    /** One check of one rule, with its exception; records what it did. */
    private boolean run(Rule rule, String sortCode, String account, List<String> steps) {
        int exception = rule.exception();
        if (exception == 5) {
            int substitute = tables.substitute(Integer.parseInt(sortCode));
            if (substitute != Integer.parseInt(sortCode)) {
                sortCode = "%06d".formatted(substitute);
                steps.add("exception 5: sort code substituted by " + sortCode);
            }
        } else if (exception == 8) {
            sortCode = EXCEPTION_8_SORT_CODE;
            steps.add("exception 8: sort code replaced by " + sortCode);
        }
        int[] d = digits(sortCode + account);
        int[] w = rule.weights();
        if (exception == 2 && d[A] != 0) {
            w = d[G] == 9 ? EXCEPTION_2_WEIGHTS_G9.clone() : EXCEPTION_2_WEIGHTS.clone();
            steps.add("exception 2: a is not 0, weights replaced" + (d[G] == 9 ? " (g is 9)" : ""));
        }
        if (exception == 7 && d[G] == 9 || exception == 10 && d[G] == 9 && (d[A] == 0 || d[A] == 9) && d[B] == 9) {
            for (int i = 0; i <= B; i++) {
                w[i] = 0;
            }
            steps.add("exception " + exception + ": weights u to b set to zero");
        }
        int total = total(rule.method(), d, w);
        if (exception == 1) {
            total += 27;
        }
        boolean passes = passes(rule.method(), exception, total, d);
        steps.add("%s%s on %s %s: total %d, %s".formatted(rule.method(), exception == 0 ? "" : " (exception " + exception + ")",
                sortCode, account, total, passes ? "passes" : "fails"));
        if (!passes && exception == 14) {
            if (d[H] != 0 && d[H] != 1 && d[H] != 9) {
                steps.add("exception 14: the last digit is not 0, 1 or 9, so the account is invalid");
                return false;
            }
            String shifted = "0" + account.substring(0, 7);
            int retry = total(rule.method(), digits(sortCode + shifted), rule.weights());
            passes = retry % 11 == 0;
            steps.add("exception 14: last digit dropped, account shifted to %s: total %d, %s".formatted(
                    shifted, retry, passes ? "passes" : "fails"));
        }
        return passes;
    }

    private static int total(Method method, int[] d, int[] w) {
        int total = 0;
        for (int i = 0; i < 14; i++) {
            int product = d[i] * w[i];
            // Double alternate adds the digits of each product (18 counts as 1 + 8).
            total += method == Method.DBLAL ? product / 10 + product % 10 : product;
        }
        return total;
    }

    private static boolean passes(Method method, int exception, int total, int[] d) {
        if (exception == 4) {
            return total % 11 == d[G] * 10 + d[H];
        }
        if (exception == 5) {
            if (method == Method.MOD11) {
                int remainder = total % 11;
                return remainder == 0 ? d[G] == 0 : remainder != 1 && 11 - remainder == d[G];
            }
            int remainder = total % 10;
            return remainder == 0 ? d[H] == 0 : 10 - remainder == d[H];
        }
        return method == Method.MOD11 ? total % 11 == 0 : total % 10 == 0;
    }

    private static int[] digits(String fourteen) {
        int[] d = new int[14];
        for (int i = 0; i < 14; i++) {
            d[i] = fourteen.charAt(i) - '0';
        }
        return d;
    }
}
