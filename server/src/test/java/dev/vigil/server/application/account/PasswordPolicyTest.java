package dev.vigil.server.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.bundled();

    @Test
    void aLongUncommonPassword_isAccepted() {
        assertThat(policy.problem("Lighthouse-harbor-42", "maria.lopez")).isEmpty();
    }

    @Test
    void shortCommonOrNameBearingPasswords_areRefusedWithTheReason() {
        assertThat(policy.problem("harbor42", "maria")).hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
        assertThat(policy.problem("Password1234", "maria")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(policy.problem("maria.lopez-2026!", "maria.lopez")).hasValueSatisfying(p -> assertThat(p).contains("user name"));
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", "maria")).hasValueSatisfying(p -> assertThat(p).contains("too few"));
        assertThat(policy.problem("", "maria")).hasValue("is required");
    }

    @Test
    void controlCharacters_areRefused_soThatNoTwoPasswordsHashAlike() {
        assertThat(policy.problem("Lighthouse-harbor-42\u0000", "maria")).hasValue("must not contain control characters");
        assertThat(policy.problem("Lighthouse\tharbor-42", "maria")).hasValue("must not contain control characters");
    }

    @Test
    void theBundledList_holdsTheCommonPasswordsOfItsSource() {
        assertThat(policy.problem("123456789012", "x")).hasValueSatisfying(p -> assertThat(p).contains("common"));
        assertThat(policy.problem("QWERTY123456", "x")).hasValueSatisfying(p -> assertThat(p).contains("common"));
    }
}
