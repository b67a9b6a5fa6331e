package dev.vigil.server.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing per user name and per client address, with a delay that doubles after each
 * failure beyond a few free ones, up to a ceiling, and that a success for the user name clears. A
 * request that arrives before its delay has passed is not checked at all (no hash is computed, nothing
 * is learnt) and is told when to try again. Counts live in this server's memory, bounded in number and
 * forgotten after a quiet hour; every server of a cluster counts on its own.
 */
final class SignInThrottle {

    /** Free failures, the first delay and the ceiling of the delay, for user names and for addresses. */
    record Policy(int freeUserFailures, int freeAddressFailures, Duration firstDelay, Duration maxDelay) {
        static final Policy DEFAULT = new Policy(5, 20, Duration.ofSeconds(1), Duration.ofMinutes(15));
    }

    private static final class Failures {
        int count;
        Instant blockedUntil = Instant.MIN;
    }

    private final Policy policy;
    private final Cache<String, Failures> users;
    private final Cache<String, Failures> addresses;

    SignInThrottle(Policy policy) {
        this.policy = policy;
        this.users = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
    }

    /** How long the caller must still wait, if a delay for this user name or this address has not passed. */
    Optional<Duration> wait(String username, String address, Instant now) {
        Instant until = later(blockedUntil(users, userKey(username)), blockedUntil(addresses, address));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failure; true when it starts a delay (worth recording once, not at every refused attempt). */
    boolean failed(String username, String address, Instant now) {
        boolean user = count(users, userKey(username), policy.freeUserFailures(), now);
        boolean client = count(addresses, address, policy.freeAddressFailures(), now);
        return user || client;
    }

    /** A right password clears the user name's count; the address keeps its own. */
    void succeeded(String username) {
        users.invalidate(userKey(username));
    }

    /** The delay after the {@code excess}-th failure beyond the free ones: the first delay, then twice as long each time, up to the ceiling. */
    static Duration delay(int excess, Duration first, Duration max) {
        if (excess <= 0) {
            return Duration.ZERO;
        }
        long factor = excess >= 31 ? Long.MAX_VALUE : 1L << (excess - 1);
        return factor >= max.toMillis() / Math.max(1, first.toMillis()) ? max : first.multipliedBy(factor);
    }

    private boolean count(Cache<String, Failures> cache, String key, int free, Instant now) {
        if (key == null) {
            return false;
        }
        Failures f = cache.get(key, k -> new Failures());
        synchronized (f) {
            f.count++;
            Duration delay = delay(f.count - free, policy.firstDelay(), policy.maxDelay());
            if (delay.isZero()) {
                return false;
            }
            f.blockedUntil = now.plus(delay);
            return true;
        }
    }

    private static Instant blockedUntil(Cache<String, Failures> cache, String key) {
        Failures f = key == null ? null : cache.getIfPresent(key);
        if (f == null) {
            return Instant.MIN;
        }
        synchronized (f) {
            return f.blockedUntil;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}
