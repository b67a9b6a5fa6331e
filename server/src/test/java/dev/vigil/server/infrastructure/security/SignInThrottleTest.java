package dev.vigil.server.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed per user name and per address; credentials are taken byte for byte. */
class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(SignInThrottle.Policy.DEFAULT);
    private final Instant t0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void fiveFreeFailuresPerUser_thenADelayThatDoubles_upToTheCeiling() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.wait("maria", "203.0.113.7", t0)).isEmpty();
            assertThat(throttle.failed("maria", "203.0.113.7", t0)).isFalse();
        }
        assertThat(throttle.failed("Maria ", "203.0.113.8", t0)).as("the same user name, any spelling case").isTrue();
        assertThat(throttle.wait("maria", "198.51.100.1", t0)).hasValue(Duration.ofSeconds(1));
        throttle.failed("maria", "198.51.100.1", t0.plusSeconds(1));
        assertThat(throttle.wait("maria", "x", t0.plusSeconds(1))).hasValue(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delay(4, Duration.ofSeconds(1), Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(8));
        assertThat(SignInThrottle.delay(40, Duration.ofSeconds(1), Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delay(2, Duration.ofSeconds(10), Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(20));
        assertThat(throttle.wait("someone-else", "192.0.2.1", t0)).isEmpty();
    }

    @Test
    void aRightPassword_clearsTheUserName_butNotTheAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("maria", "203.0.113.7", t0);
        }
        throttle.succeeded("maria");
        assertThat(throttle.wait("maria", "192.0.2.9", t0)).isEmpty();
    }

    @Test
    void oneAddressTryingManyUserNames_isSlowedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.66", t0);
        }
        assertThat(throttle.wait("user-new", "203.0.113.66", t0)).isEmpty();
        throttle.failed("user-21", "203.0.113.66", t0);
        assertThat(throttle.wait("anyone", "203.0.113.66", t0)).hasValue(Duration.ofSeconds(1));
        assertThat(throttle.wait("anyone", "203.0.113.67", t0)).isEmpty();
    }

    @Test
    void basicCredentials_areDecodedExactly_andControlCharactersRefused() {
        UsernamePasswordCredential c = HttpAuthentication.decode(basic("maría:pässwörd:with colon"));
        assertThat(c.getCaller()).isEqualTo("maría");
        assertThat(c.getPasswordAsString()).isEqualTo("pässwörd:with colon");
        assertThat(HttpAuthentication.decode(Base64.getEncoder().encodeToString(new byte[] {'a', ':', (byte) 0xC3, (byte) 0x28})))
                .as("invalid UTF-8").isNull();
        assertThat(HttpAuthentication.decode("%%%")).isNull();
        assertThat(HttpAuthentication.decode(basic(":nobody"))).isNull();
        assertThat(VigilIdentityStore.wellFormed("frontdesk-demo\u0000")).isFalse();
        assertThat(VigilIdentityStore.wellFormed("frontdesk-demo\u0000\u0000")).isFalse();
        assertThat(VigilIdentityStore.wellFormed("frontdesk-demo")).isTrue();
    }

    private static String basic(String pair) {
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
