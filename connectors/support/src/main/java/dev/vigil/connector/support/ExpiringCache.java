package dev.vigil.connector.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small in-memory cache of reference data that changes rarely (room names, age categories), so a
 * connector does not spend its rate limit asking again. Never holds guest data.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    /**
     * A cache whose entries live for a while.
     *
     * @param lifetime how long an entry is used
     * @param clock the clock
     */
    public ExpiringCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * A live entry.
     *
     * @param key the key
     * @return its value, unless absent or expired
     */
    public Optional<V> get(K key) {
        Entry<V> e = entries.get(key);
        return e == null || !clock.instant().isBefore(e.expiresAt()) ? Optional.empty() : Optional.of(e.value());
    }

    /**
     * Stores an entry.
     *
     * @param key the key
     * @param value the value
     */
    public void put(K key, V value) {
        entries.put(key, new Entry<>(value, clock.instant().plus(lifetime)));
    }

    /** Forgets everything, e.g. when the PMS announces a change. */
    public void clear() {
        entries.clear();
    }
}
