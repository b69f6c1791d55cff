package org.frontdoor.diligence.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.frontdoor.diligence.CheckResult.Evidence;
import org.frontdoor.diligence.CheckResult.Outcome;
import org.frontdoor.diligence.CheckSubject;
import org.frontdoor.diligence.CreditReference;
import org.frontdoor.diligence.CriminalRecords;
import org.frontdoor.diligence.DeceasedRegister;
import org.frontdoor.diligence.ProviderAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class RestrictedSourceChecksTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
    final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void eachRefersNoProviderConfiguredUntilADeploymentAddsOne() {
        var subject = person("Ada Lovelace", "1815-12-10");
        var credit = RestrictedSourceChecks.creditReference(beans.getBeanProvider(CreditReference.class), CLOCK).check(subject);
        var deceased = RestrictedSourceChecks.deceasedRegister(beans.getBeanProvider(DeceasedRegister.class), CLOCK).check(subject);
        var criminal = RestrictedSourceChecks.criminalRecords(beans.getBeanProvider(CriminalRecords.class), CLOCK).check(subject);
        assertThat(List.of(credit, deceased, criminal)).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.REFER));
        assertThat(credit.summary()).isEqualTo("Not checked: no credit reference agency provider configured");
        assertThat(deceased.summary()).isEqualTo("Not checked: no deceased register provider configured");
        assertThat(criminal.summary()).isEqualTo("Not checked: no criminal records provider configured");
        assertThat(List.of(credit.check(), deceased.check(), criminal.check()))
                .containsExactly("credit-reference", "deceased-register", "criminal-records");
    }

    @Test
    void asksAPluggedInProviderWithWhatTheApplicationSays() {
        var asked = new AtomicReference<DeceasedRegister.Enquiry>();
        beans.addBean("mortality", (DeceasedRegister) enquiry -> {
            asked.set(enquiry);
            return new ProviderAnswer(Outcome.FAIL, "Recorded as deceased", List.of(new Evidence("Date of death", "1852-11-27")),
                    "Example mortality screening, ref 42");
        });
        var result = RestrictedSourceChecks.deceasedRegister(beans.getBeanProvider(DeceasedRegister.class), CLOCK)
                .check(person("Ada Lovelace", "1815-12-10"));
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.check()).isEqualTo("deceased-register");
        assertThat(result.source()).isEqualTo("Example mortality screening, ref 42");
        assertThat(asked.get()).isEqualTo(new DeceasedRegister.Enquiry("Ada Lovelace", "1815-12-10", null));
    }

    @Test
    void refersWithoutCallingTheProviderWhenTheApplicationLacksWhatItNeeds() {
        beans.addBean("mortality", (DeceasedRegister) enquiry -> {
            throw new AssertionError("must not be called");
        });
        var result = RestrictedSourceChecks.deceasedRegister(beans.getBeanProvider(DeceasedRegister.class), CLOCK)
                .check(person("Ada Lovelace", null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).isEqualTo("Not checked: the application has no answer to question dob");
    }

    @Test
    void refersWhenTheProviderFails() {
        beans.addBean("agency", (CreditReference) enquiry -> {
            throw new IllegalStateException("agency down");
        });
        var result = RestrictedSourceChecks.creditReference(beans.getBeanProvider(CreditReference.class), CLOCK)
                .check(person("Ada Lovelace", null));
        assertThat(result.outcome()).isEqualTo(Outcome.REFER);
        assertThat(result.summary()).isEqualTo("The credit reference agency provider could not answer: IllegalStateException");
    }

    static CheckSubject person(String name, String birthDate) {
        var answers = new java.util.HashMap<String, Object>();
        answers.put("name", name);
        if (birthDate != null) {
            answers.put("dob", birthDate);
        }
        return new CheckSubject(UUID.randomUUID(), "REF-1", "support", answers, Map.of("applicant-name", "name", "birth-date", "dob"));
    }
}
