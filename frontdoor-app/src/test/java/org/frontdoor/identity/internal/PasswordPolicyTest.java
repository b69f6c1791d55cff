package org.frontdoor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsThreeRandomWords() {
        assertThat(PasswordPolicy.problemWith("kettle river orange", "ada@example.org")).isEmpty();
    }

    @Test
    void asksForAPasswordWhenEmpty() {
        assertThat(PasswordPolicy.problemWith("", "ada@example.org")).contains("Enter a password");
        assertThat(PasswordPolicy.problemWith(null, "ada@example.org")).contains("Enter a password");
    }

    @Test
    void rejectsShortPasswords() {
        assertThat(PasswordPolicy.problemWith("short1234", null)).contains("Password must be 12 characters or more");
    }

    @Test
    void rejectsOverLongPasswords() {
        assertThat(PasswordPolicy.problemWith("x".repeat(129) + "abc", null)).contains("Password must be 128 characters or fewer");
    }

    @Test
    void rejectsCommonAndRepetitivePasswords() {
        assertThat(PasswordPolicy.problemWith("Password1234", null)).get().asString().contains("too easy to guess");
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaaa", null)).get().asString().contains("too easy to guess");
        assertThat(PasswordPolicy.problemWith("abababababab", null)).get().asString().contains("too easy to guess");
    }

    @Test
    void rejectsPasswordsContainingTheEmail() {
        assertThat(PasswordPolicy.problemWith("adalovelace-2026!", "adalovelace@example.org"))
                .contains("Password must not contain your email address");
    }
}
