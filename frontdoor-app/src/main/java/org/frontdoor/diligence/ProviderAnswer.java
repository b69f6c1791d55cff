package org.frontdoor.diligence;

import java.util.List;
import java.util.Objects;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;

/**
 * What a provider of a restricted source ({@link CreditReference}, {@link DeceasedRegister},
 * {@link CriminalRecords}) concluded, in the terms of a check result: the check adds its name and
 * the time.
 *
 * @param outcome  pass, refer or fail
 * @param summary  one sentence a caseworker reads first
 * @param evidence the facts the provider's answer gave, without anything its licence forbids showing
 * @param source   the provider and product (and its reference for this enquiry, when it gives one)
 */
public record ProviderAnswer(Outcome outcome, String summary, List<Evidence> evidence, String source) {

    public ProviderAnswer {
        Objects.requireNonNull(outcome, "outcome");
        summary = summary == null ? "" : summary;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        source = source == null ? "" : source;
    }
}
