package org.frontdoor.services;

import java.util.Map;

/**
 * A rule over an application's answers, written in CEL in the service definition (for example
 * {@code answers.urgency == 'high'}) and compiled when the definition is read.
 */
public interface Condition {

    /** The expression as written. */
    String source();

    /**
     * Whether the condition holds for these answers. An expression that reads an answer not given
     * (a question skipped or not yet reached) does not hold, rather than failing.
     */
    boolean test(Map<String, ?> answers);
}
