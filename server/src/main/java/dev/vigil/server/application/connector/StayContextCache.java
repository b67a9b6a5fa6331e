package dev.vigil.server.application.connector;

import dev.vigil.plugin.stay.StayContext;
import dev.vigil.server.domain.model.tenant.PropertyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stay contexts recently resolved, by reservation and by room and day, so a burst of filings about one
 * stay asks the PMS once. Holds tokens only. Each server keeps its own; a PMS update replaces the entry
 * on the server that handles it, and entries live for a few minutes.
 */
public final class StayContextCache {

    private record Entry(Optional<StayContext> stay, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public StayContextCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A live answer for a reservation: present, or known to be absent; null when not cached. */
    public Optional<StayContext> byReservation(PropertyId property, String ref) {
        return get(property.value() + "|ref|" + ref);
    }

    /** A live answer for a room on a day; null when not cached. */
    public Optional<StayContext> byRoom(PropertyId property, String room, LocalDate day) {
        return get(property.value() + "|room|" + room + "|" + day);
    }

    public void putReservation(PropertyId property, String ref, Optional<StayContext> stay) {
        put(property.value() + "|ref|" + ref, stay);
        stay.ifPresent(s -> put(property.value() + "|ref|" + s.reservationRef(), stay));
    }

    public void putRoom(PropertyId property, String room, LocalDate day, Optional<StayContext> stay) {
        put(property.value() + "|room|" + room + "|" + day, stay);
        stay.ifPresent(s -> put(property.value() + "|ref|" + s.reservationRef(), stay));
    }

    /** Replaces what is cached for a reservation after the PMS announced a change. */
    public void updated(PropertyId property, String ref, Optional<StayContext> stay) {
        put(property.value() + "|ref|" + ref, stay);
        entries.entrySet().removeIf(e -> e.getKey().startsWith(property.value() + "|room|"));
    }

    @SuppressWarnings("java:S2789") // null means "not cached", an empty Optional "the PMS has none"
    private Optional<StayContext> get(String key) {
        Entry e = entries.get(key);
        if (e == null || !clock.instant().isBefore(e.expiresAt())) {
            return null;
        }
        return e.stay();
    }

    private void put(String key, Optional<StayContext> stay) {
        entries.put(key, new Entry(stay, clock.instant().plus(lifetime)));
    }
}
