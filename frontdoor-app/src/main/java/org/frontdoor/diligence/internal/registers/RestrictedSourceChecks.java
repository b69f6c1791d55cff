package org.frontdoor.diligence.internal.registers;

import java.time.Clock;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.CreditReference;
import org.frontdoor.diligence.CriminalRecords;
import org.frontdoor.diligence.DeceasedRegister;
import org.frontdoor.diligence.DiligenceCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checks of sources a deployment must license itself: {@code credit-reference},
 * {@code deceased-register} and {@code criminal-records}. Each asks the provider bean of its
 * interface and refers "no provider configured" until a deployment adds one.
 */
@Configuration(proxyBeanMethods = false)
class RestrictedSourceChecks {

    static final Clock CLOCK = Clock.systemUTC();

    @Bean
    DiligenceCheck creditReferenceCheck(ObjectProvider<CreditReference> providers) {
        return creditReference(providers, CLOCK);
    }

    @Bean
    DiligenceCheck deceasedRegisterCheck(ObjectProvider<DeceasedRegister> providers) {
        return deceasedRegister(providers, CLOCK);
    }

    @Bean
    DiligenceCheck criminalRecordsCheck(ObjectProvider<CriminalRecords> providers) {
        return criminalRecords(providers, CLOCK);
    }

    static DiligenceCheck creditReference(ObjectProvider<CreditReference> providers, Clock clock) {
        return new RestrictedSourceCheck<CreditReference, CreditReference.Enquiry>("credit-reference", "credit reference agency",
                providers, subject -> {
                    String organisation = subject.organisationName();
                    String person = subject.field("applicant-name");
                    if (organisation == null && person == null) {
                        return RestrictedSourceCheck.Enquiry.lacking("organisation or applicant name");
                    }
                    return RestrictedSourceCheck.Enquiry.of(new CreditReference.Enquiry(organisation, subject.companyNumber(), person,
                            subject.field("birth-date"), subject.field("postcode")));
                }, CreditReference::check, clock);
    }

    static DiligenceCheck deceasedRegister(ObjectProvider<DeceasedRegister> providers, Clock clock) {
        return new RestrictedSourceCheck<DeceasedRegister, DeceasedRegister.Enquiry>("deceased-register", "deceased register",
                providers, subject -> {
                    String missing = missing(subject, "applicant-name", "birth-date");
                    return missing != null ? RestrictedSourceCheck.Enquiry.lacking(missing)
                            : RestrictedSourceCheck.Enquiry.of(new DeceasedRegister.Enquiry(subject.field("applicant-name"),
                            subject.field("birth-date"), subject.field("postcode")));
                }, DeceasedRegister::check, clock);
    }

    static DiligenceCheck criminalRecords(ObjectProvider<CriminalRecords> providers, Clock clock) {
        return new RestrictedSourceCheck<CriminalRecords, CriminalRecords.Enquiry>("criminal-records", "criminal records",
                providers, subject -> {
                    String missing = missing(subject, "applicant-name");
                    return missing != null ? RestrictedSourceCheck.Enquiry.lacking(missing)
                            : RestrictedSourceCheck.Enquiry.of(new CriminalRecords.Enquiry(subject.field("applicant-name"),
                            subject.field("birth-date"), subject.field("certificate-number")));
                }, CriminalRecords::check, clock);
    }

    /** The first role without an answer, described, or null when all are answered. */
    private static String missing(CheckSubject subject, String... roles) {
        for (String role : roles) {
            if (subject.field(role) == null) {
                String question = subject.questionFor(role);
                return "answer to " + (question == null ? "a " + role + " question (none is configured for service "
                        + subject.serviceId() + ")" : "question " + question);
            }
        }
        return null;
    }
}
