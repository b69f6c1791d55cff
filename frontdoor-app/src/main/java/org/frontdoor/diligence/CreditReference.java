package org.frontdoor.diligence;

/**
 * A credit reference agency, plugged in by a deployment that holds a licence for one: a Spring
 * bean implementing this interface turns on the {@code credit-reference} check, which refers
 * "no provider configured" while there is none.
 *
 * <p>Implementations are called after the submission committed, off the applicant's request, and
 * must bound their own waiting (timeouts); they should answer a refusal or an outage as a
 * {@link CheckResult.Outcome#REFER} with the reason rather than throw. They receive personal
 * data: the deployment's agreement with the agency is what allows sending it.
 */
public interface CreditReference {

    /** Asks the agency about an organisation and, when given, the person applying for it. */
    ProviderAnswer check(Enquiry enquiry);

    /**
     * What the application says about who is asking for money; any part may be null.
     *
     * @param organisationName the organisation's name as given
     * @param companyNumber    its Companies House number, as given (not checked)
     * @param personName       the applicant's name ({@code applicant-name})
     * @param birthDate        the applicant's date of birth ({@code birth-date}), as answered
     * @param postcode         the postcode ({@code postcode})
     */
    record Enquiry(String organisationName, String companyNumber, String personName, String birthDate, String postcode) {
    }
}
