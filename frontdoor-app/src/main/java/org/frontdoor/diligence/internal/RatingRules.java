package org.frontdoor.diligence.internal;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.RiskRating;
import org.frontdoor.diligence.RiskRating.Rating;

/**
 * A service's (a grant programme's) own rules turning check results into red, amber or green,
 * written in CEL and compiled once. Every rule whose condition holds gives its rating and its
 * reason; the worst rating wins and every reason is kept. Two floors protect against a rule set
 * that forgets a check: a failed check no rule rated still makes the case amber, and so does a
 * report with no results yet, so a gap in the rules never turns into green.
 *
 * <p>The rules see {@code failed}, {@code referred} and {@code passed} (lists of check names),
 * {@code results} (check name to {@code outcome} and {@code summary}) and {@code applicant}
 * ({@code kind}, {@code orgId}, {@code amount} in pounds, {@code programme}; empty strings and 0
 * when the case is not a grant application). CEL cannot loop, call out or change anything, so a
 * rule is safe to run on every read of a report.
 */
final class RatingRules {

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("failed", ListType.create(SimpleType.STRING))
            .addVar("referred", ListType.create(SimpleType.STRING))
            .addVar("passed", ListType.create(SimpleType.STRING))
            .addVar("results", MapType.create(SimpleType.STRING, MapType.create(SimpleType.STRING, SimpleType.STRING)))
            .addVar("applicant", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();

    /** A rule as configured: when {@code when} holds, the case is at least {@code rating}, because {@code reason}. */
    record Rule(String when, String rating, String reason) {
    }

    private record Compiled(String when, Rating rating, String reason, CelRuntime.Program program) {
    }

    private final List<Compiled> rules;

    private RatingRules(List<Compiled> rules) {
        this.rules = rules;
    }

    /**
     * Compiles a service's rules.
     *
     * @throws IllegalArgumentException naming the service, the rule's position and what is wrong,
     *                                  for every rule that does not compile or lacks a rating or reason
     */
    static RatingRules compile(String serviceId, List<Rule> rules) {
        var problems = new ArrayList<String>();
        var compiled = new ArrayList<Compiled>();
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            String where = "frontdoor.diligence.rating." + serviceId + "[" + i + "]";
            Rating rating = rating(rule.rating());
            if (rating == null) {
                problems.add(where + ".rating: must be red, amber or green, not '" + rule.rating() + "'");
            }
            if (rule.reason() == null || rule.reason().isBlank()) {
                problems.add(where + ".reason: say why the rule rates the case so; caseworkers read it");
            }
            if (rule.when() == null || rule.when().isBlank()) {
                problems.add(where + ".when: a CEL condition is needed, such as \"'sanctions' in failed\"");
                continue;
            }
            var result = CEL.compile(rule.when());
            if (result.hasError()) {
                problems.add(where + ".when: " + result.getAllIssues().getFirst().getMessage());
                continue;
            }
            try {
                if (rating != null) {
                    compiled.add(new Compiled(rule.when(), rating, rule.reason().strip(), CEL.createProgram(result.getAst())));
                }
            } catch (Exception e) {
                problems.add(where + ".when: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Due-diligence rating rules cannot be read: " + String.join("; ", problems));
        }
        return new RatingRules(List.copyOf(compiled));
    }

    /** The rating these rules give the results of a case whose applicant is described by {@code applicant}. */
    RiskRating rate(List<CheckResult> results, Map<String, Object> applicant) {
        if (results.isEmpty()) {
            return new RiskRating(Rating.AMBER, List.of("No checks have finished yet"));
        }
        var values = variables(results, applicant);
        Rating worst = Rating.GREEN;
        var reasons = new ArrayList<String>();
        for (var rule : rules) {
            if (holds(rule.program(), values)) {
                reasons.add(rule.reason());
                worst = worse(worst, rule.rating());
            }
        }
        if (worst == Rating.GREEN) {
            for (CheckResult r : results) {
                if (r.outcome() == Outcome.FAIL) {
                    // The floor: a failure never ends green because the rules forgot its check.
                    reasons.add(r.check() + " failed and no rule rates it: " + r.summary());
                    worst = Rating.AMBER;
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("No rule raised a concern (" + results.size() + " checks)");
        }
        return new RiskRating(worst, reasons);
    }

    private static Map<String, Object> variables(List<CheckResult> results, Map<String, Object> applicant) {
        var failed = new ArrayList<String>();
        var referred = new ArrayList<String>();
        var passed = new ArrayList<String>();
        var byCheck = new LinkedHashMap<String, Object>();
        for (CheckResult r : results) {
            switch (r.outcome()) {
                case FAIL -> failed.add(r.check());
                case REFER -> referred.add(r.check());
                case PASS -> passed.add(r.check());
            }
            byCheck.put(r.check(), Map.of("outcome", r.outcome().name(), "summary", r.summary()));
        }
        var facts = new LinkedHashMap<String, Object>();
        facts.put("kind", "");
        facts.put("orgId", "");
        facts.put("amount", 0.0);
        facts.put("programme", "");
        if (applicant != null) {
            applicant.forEach((k, v) -> {
                if (v != null) {
                    facts.put(k, v instanceof Number n ? n.doubleValue() : v);
                }
            });
        }
        return Map.of("failed", failed, "referred", referred, "passed", passed, "results", byCheck, "applicant", facts);
    }

    private static boolean holds(CelRuntime.Program program, Map<String, Object> values) {
        try {
            return Boolean.TRUE.equals(program.eval(values));
        } catch (CelEvaluationException e) {
            // A rule reading a check that did not run (results['x'] with no x) does not hold.
            return false;
        }
    }

    private static Rating worse(Rating a, Rating b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private static Rating rating(String word) {
        if (word == null) {
            return null;
        }
        try {
            return Rating.valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
