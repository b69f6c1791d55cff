package org.frontdoor.diligence;

/**
 * A criminal records source (such as the Disclosure and Barring Service's update service for a
 * certificate the applicant holds), plugged in by a deployment with the right to use it: a Spring
 * bean implementing this interface turns on the {@code criminal-records} check, which refers
 * "no provider configured" while there is none. The same duties as {@link CreditReference} apply.
 */
public interface CriminalRecords {

    /** Whether the records show anything a person must look at. */
    ProviderAnswer check(Enquiry enquiry);

    /**
     * @param fullName          the person's name ({@code applicant-name}); never null when called
     * @param birthDate         the date of birth ({@code birth-date}), as answered, or null
     * @param certificateNumber a disclosure certificate number the applicant gave ({@code certificate-number}), or null
     */
    record Enquiry(String fullName, String birthDate, String certificateNumber) {
    }
}
