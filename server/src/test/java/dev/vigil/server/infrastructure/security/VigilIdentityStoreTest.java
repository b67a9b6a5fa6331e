package dev.vigil.server.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The identity store's own work around the slow hash: one hash check per attempt whether the name exists
 * or not, none for malformed credentials, and a bounded cache of verified credentials that expires and
 * that a changed password misses. The hash is a counting stand-in; PBKDF2 itself is Jakarta Security's.
 */
class VigilIdentityStoreTest {

    /** Counts the checks; a stored hash is "h:" and the password. */
    static final class CountingHash extends PasswordHashing {
        int checks;

        @Override
        public String hash(String password) {
            return "h:" + password;
        }

        @Override
        public boolean verify(String password, String stored) {
            checks++;
            return stored.equals("h:" + password) || stored.equals("h:*");
        }
    }

    private final AtomicLong nanos = new AtomicLong();
    private final Map<String, UserAccount> users = new HashMap<>();
    private final CountingHash hash = new CountingHash();
    private VigilIdentityStore store;

    @BeforeEach
    void setUp() {
        store = new VigilIdentityStore((Ticker) nanos::get);
        store.passwords = hash;
        store.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && args[0] == UserAccount.class) {
                        return users.get((String) args[1]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        store.prepare();
        user("dana", "h:Harbor-lights-2026");
    }

    private void user(String name, String storedHash) {
        users.put(name, new UserAccount(name, storedHash, Set.of("security"), "demo-chain", "demo-hotel", Set.of(), false,
                LocalDateTime.of(2026, 12, 1, 9, 0)));
    }

    private Status check(String name, String password) {
        return store.validate(new UsernamePasswordCredential(name, password)).getStatus();
    }

    @Test
    void aRightPassword_isHashedOnce_thenRemembered_untilItExpires() {
        assertThat(check("dana", "Harbor-lights-2026")).isEqualTo(Status.VALID);
        assertThat(check("dana", "Harbor-lights-2026")).isEqualTo(Status.VALID);
        assertThat(hash.checks).as("the second sign-in comes from the cache").isEqualTo(1);
        nanos.addAndGet(VigilIdentityStore.REMEMBER.plus(Duration.ofSeconds(1)).toNanos());
        assertThat(check("dana", "Harbor-lights-2026")).isEqualTo(Status.VALID);
        assertThat(hash.checks).as("after five minutes the hash is checked again").isEqualTo(2);
    }

    @Test
    void aChangedPassword_missesWhatWasRemembered() {
        assertThat(check("dana", "Harbor-lights-2026")).isEqualTo(Status.VALID);
        user("dana", "h:Quiet-river-2027");
        assertThat(check("dana", "Harbor-lights-2026")).isEqualTo(Status.INVALID);
        assertThat(check("dana", "Quiet-river-2027")).isEqualTo(Status.VALID);
    }

    @Test
    void aKnownName_anUnknownOne_andAnOverlongOne_costOneHashCheckEach() {
        assertThat(check("dana", "wrong")).isEqualTo(Status.INVALID);
        assertThat(hash.checks).isEqualTo(1);
        assertThat(check("nobody", "wrong")).isEqualTo(Status.INVALID);
        assertThat(hash.checks).as("an unknown name is checked against a stand-in of the same cost").isEqualTo(2);
        assertThat(check("x".repeat(200), "wrong")).isEqualTo(Status.INVALID);
        assertThat(hash.checks).isEqualTo(3);
    }

    @Test
    void aDisabledAccount_isRefusedEvenWithItsPassword_atTheCostOfOneCheck() {
        users.get("dana").assign(Set.of("security"), "demo-hotel", Set.of(), false, false, LocalDateTime.of(2026, 12, 2, 9, 0));
        assertThat(check("dana", "Harbor-lights-2026")).isEqualTo(Status.INVALID);
        assertThat(hash.checks).as("checked against the stand-in, as an unknown name is").isEqualTo(1);
    }

    @Test
    void controlCharactersAndOverlongCredentials_areRefusedWithoutAHashCheck() {
        assertThat(check("dana", "Harbor-lights-2026\u0000")).isEqualTo(Status.INVALID);
        assertThat(check("dana\u0000", "Harbor-lights-2026")).isEqualTo(Status.INVALID);
        assertThat(check("dana", "Harbor-lights-2026\n")).isEqualTo(Status.INVALID);
        assertThat(check("dana", "p".repeat(1001))).isEqualTo(Status.INVALID);
        assertThat(hash.checks).isZero();
    }

    @Test
    void theCacheOfVerifiedCredentials_isBounded() {
        user("spray", "h:*"); // a stand-in hash that any password matches, to fill the cache quickly
        for (int i = 0; i < VigilIdentityStore.MAX_REMEMBERED + 500; i++) {
            assertThat(check("spray", "password-" + i)).isEqualTo(Status.VALID);
        }
        assertThat(store.remembered()).isPositive().isLessThanOrEqualTo(VigilIdentityStore.MAX_REMEMBERED);
    }
}
