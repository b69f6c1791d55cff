package org.frontdoor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(EmailAddresses.problemWith("ada.lovelace+grants@council.gov.uk")).isEmpty();
        assertThat(EmailAddresses.problemWith("o'brien@example.ie")).isEmpty();
    }

    @Test
    void rejectsMalformedAddresses() {
        for (var bad : new String[] {"ada", "ada@", "@example.org", "ada@example", "ada@@example.org", "ada example@example.org",
                "ada..lovelace@example.org", "ada@-example.org", "<script>@example.org"}) {
            assertThat(EmailAddresses.problemWith(bad)).as(bad)
                    .contains("Enter an email address in the correct format, like name@example.com");
        }
    }

    @Test
    void asksForAnAddressWhenEmpty() {
        assertThat(EmailAddresses.problemWith("  ")).contains("Enter your email address");
    }

    @Test
    void rejectsOverLongAddresses() {
        assertThat(EmailAddresses.problemWith("a".repeat(250) + "@example.org")).contains("Email address must be 254 characters or fewer");
    }

    @Test
    void normalisesSpacesAndDomainCase() {
        assertThat(EmailAddresses.normalise("  Ada.Lovelace@Example.ORG ")).isEqualTo("Ada.Lovelace@example.org");
    }
}
