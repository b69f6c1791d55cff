package org.frontdoor.services.internal;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.services.Condition;

/**
 * Compiles the CEL conditions of service definitions. The only variable is {@code answers}, a map
 * from question id to answer; every condition must be a boolean. Compiled once when a definition is
 * read, evaluated many times, safely: CEL cannot loop, call out or change anything. The standard
 * macros are on, so {@code has(answers.x)} asks whether a question was answered.
 */
final class CelConditions {

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("answers", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();

    private CelConditions() {
    }

    /** The compiled condition, or the compiler's message when the expression is wrong. */
    static Compiled compile(String source) {
        var result = CEL.compile(source);
        if (result.hasError()) {
            return new Compiled(null, result.getAllIssues().getFirst().getMessage());
        }
        try {
            return new Compiled(new CelCondition(source, CEL.createProgram(result.getAst())), null);
        } catch (Exception e) {
            return new Compiled(null, e.getMessage());
        }
    }

    record Compiled(Condition condition, String error) {
        Optional<Condition> ok() {
            return Optional.ofNullable(condition);
        }
    }

    private record CelCondition(String source, CelRuntime.Program program) implements Condition {
        @Override
        public boolean test(Map<String, ?> answers) {
            try {
                return Boolean.TRUE.equals(program.eval(Map.of("answers", answers)));
            } catch (CelEvaluationException e) {
                // An answer that was never given: the condition does not hold.
                return false;
            }
        }

        @Override
        public String toString() {
            return source;
        }
    }
}
