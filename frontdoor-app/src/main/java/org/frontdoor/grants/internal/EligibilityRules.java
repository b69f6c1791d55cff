package org.frontdoor.grants.internal;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.grants.ApplicantKind;
import org.frontdoor.grants.Eligibility;
import org.frontdoor.grants.GrantProgramme;
import org.frontdoor.services.ConditionValues;

/**
 * A programme's eligibility rules, compiled once: CEL over {@code applicant} ({@code kind} such as
 * 'CHARITY', {@code orgId}) and {@code answers}. CEL cannot loop, call out or change anything, so an
 * admin's rule is safe to run on every applicant. A rule that reads an answer not given does not
 * hold: the applicant is not eligible for that reason until they answer.
 */
final class EligibilityRules {

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("applicant", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("answers", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();

    private record Compiled(GrantProgramme.EligibilityRule rule, CelRuntime.Program program) {
    }

    private final List<Compiled> rules;

    private EligibilityRules(List<Compiled> rules) {
        this.rules = rules;
    }

    /** Compiles every rule; each one that does not compile is a problem naming its position. */
    static EligibilityRules compile(List<GrantProgramme.EligibilityRule> rules, List<String> problems) {
        var compiled = new ArrayList<Compiled>();
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            var result = CEL.compile(rule.require());
            if (result.hasError()) {
                problems.add("eligibility.rules[" + i + "].require: " + result.getAllIssues().getFirst().getMessage());
                continue;
            }
            try {
                compiled.add(new Compiled(rule, CEL.createProgram(result.getAst())));
            } catch (Exception e) {
                problems.add("eligibility.rules[" + i + "].require: " + e.getMessage());
            }
        }
        return new EligibilityRules(List.copyOf(compiled));
    }

    Eligibility check(ApplicantKind kind, String orgId, Map<String, ?> answers) {
        var applicant = new LinkedHashMap<String, Object>();
        applicant.put("kind", kind.name());
        applicant.put("orgId", orgId == null ? "" : orgId);
        var values = Map.of("applicant", applicant, "answers", ConditionValues.of(answers));
        var reasons = new ArrayList<String>();
        for (var rule : rules) {
            if (!holds(rule.program(), values)) {
                reasons.add(rule.rule().reason());
            }
        }
        return new Eligibility(List.copyOf(reasons));
    }

    private static boolean holds(CelRuntime.Program program, Map<String, ?> values) {
        try {
            return Boolean.TRUE.equals(program.eval(values));
        } catch (CelEvaluationException e) {
            return false;
        }
    }
}
