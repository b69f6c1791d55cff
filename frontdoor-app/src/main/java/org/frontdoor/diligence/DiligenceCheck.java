package org.frontdoor.diligence;

/**
 * One source of due-diligence evidence: the plug-in point. A new source is a Spring bean
 * implementing this interface plus a line of configuration naming it for the services that need it
 * ({@code frontdoor.diligence.services.<serviceId>=sanctions,bank-account}).
 *
 * <p>Implementations must not throw for bad or missing answers: they report {@link
 * CheckResult.Outcome#REFER} with the reason, so a person looks. They may be slow (a remote
 * register); they run after the submission has committed, never in the applicant's request.
 */
public interface DiligenceCheck {

    /** The name used in configuration and reports, such as {@code sanctions}; stable. */
    String name();

    /** Checks the subject and says what it saw. */
    CheckResult check(CheckSubject subject);

    /**
     * What the applicant is told about a result that did not pass, in plain words, so they can put
     * right what they can (a mistyped account number, a company shown as dissolved); empty when the
     * result must not be told to them. The default tells nothing: a check opts in, and a check
     * whose disclosure the law forbids (telling someone they match a sanctions list may tip them
     * off) never does.
     */
    default java.util.Optional<String> toApplicant(CheckResult result) {
        return java.util.Optional.empty();
    }
}
