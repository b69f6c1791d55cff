package org.frontdoor.diligence;

/**
 * A register of deaths used against identity fraud (such as a commercial mortality screening
 * service or a government data-sharing arrangement), plugged in by a deployment entitled to it:
 * a Spring bean implementing this interface turns on the {@code deceased-register} check, which
 * refers "no provider configured" while there is none. The same duties as {@link CreditReference}
 * apply: bounded waiting, refer rather than throw, personal data sent only under an agreement.
 */
public interface DeceasedRegister {

    /** Whether the person applying (or applied for) is recorded as deceased. */
    ProviderAnswer check(Enquiry enquiry);

    /**
     * @param fullName  the person's name ({@code applicant-name}); never null when called
     * @param birthDate the date of birth ({@code birth-date}), as answered; never null when called
     * @param postcode  the postcode ({@code postcode}), or null
     */
    record Enquiry(String fullName, String birthDate, String postcode) {
    }
}
