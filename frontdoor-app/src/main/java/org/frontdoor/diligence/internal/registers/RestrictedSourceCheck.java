package org.frontdoor.diligence.internal.registers;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.frontdoor.diligence.CheckResult;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.DiligenceCheck;
import org.frontdoor.diligence.ProviderAnswer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A check backed by a source that needs a paid or restricted licence: it asks the provider bean a
 * deployment plugged in, and refers "no provider configured" while there is none. What the
 * provider needs from the application is read first; when it is missing the check refers saying
 * so, without calling the provider.
 *
 * @param <P> the provider interface
 * @param <E> its enquiry
 */
final class RestrictedSourceCheck<P, E> implements DiligenceCheck {

    private final String name;
    private final String what;
    private final ObjectProvider<P> providers;
    private final Function<CheckSubject, Enquiry<E>> enquiry;
    private final BiFunction<P, E, ProviderAnswer> ask;
    private final Clock clock;

    /**
     * @param name    the check's name
     * @param what    the source in words ("credit reference agency")
     * @param enquiry reads the enquiry from the subject, or says what is missing
     * @param ask     asks a provider
     */
    RestrictedSourceCheck(String name, String what, ObjectProvider<P> providers, Function<CheckSubject, Enquiry<E>> enquiry,
                          BiFunction<P, E, ProviderAnswer> ask, Clock clock) {
        this.name = name;
        this.what = what;
        this.providers = providers;
        this.enquiry = enquiry;
        this.ask = ask;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CheckResult check(CheckSubject subject) {
        List<P> found = providers.orderedStream().toList();
        if (found.isEmpty()) {
            return refer("Not checked: no " + what + " provider configured", "none");
        }
        if (found.size() > 1) {
            // Which one's answer counts is a deployment's decision, not something to guess.
            return refer("Not checked: " + found.size() + " " + what + " providers are configured; exactly one is needed",
                    "configuration");
        }
        Enquiry<E> asked = enquiry.apply(subject);
        if (asked.missing() != null) {
            return refer("Not checked: the application has no " + asked.missing(), found.getFirst().getClass().getSimpleName());
        }
        try {
            ProviderAnswer answer = ask.apply(found.getFirst(), asked.value());
            return new CheckResult(name, answer.outcome(), answer.summary(), answer.evidence(), answer.source(), clock.instant());
        } catch (RuntimeException e) {
            return refer("The " + what + " provider could not answer: " + e.getClass().getSimpleName(),
                    found.getFirst().getClass().getSimpleName());
        }
    }

    private CheckResult refer(String summary, String source) {
        return new CheckResult(name, Outcome.REFER, summary, List.of(), what + ": " + source, clock.instant());
    }

    /** An enquiry read from a subject, or what it lacks (in words: "answer to the date of birth"). */
    record Enquiry<E>(E value, String missing) {
        static <E> Enquiry<E> of(E value) {
            return new Enquiry<>(value, null);
        }

        static <E> Enquiry<E> lacking(String missing) {
            return new Enquiry<>(null, missing);
        }
    }
}
