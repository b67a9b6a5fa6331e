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
 * on the server that handles it, and the other servers drop their entries of that property older than the
 * update when they next look ({@link #dropOlderThan}, from the mark {@link PmsStays#changedAt} keeps in the
 * shared database). Entries live for a few minutes.
 */
public final class StayContextCache {

    private record Entry(Optional<StayContext> stay, Instant cachedAt, Instant expiresAt) {
    }

    private final Map<String, Map<String, Entry>> byProperty = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public StayContextCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A live answer for a reservation: present, or known to be absent; null when not cached. */
    public Optional<StayContext> byReservation(PropertyId property, String ref) {
        return get(property, "ref|" + ref);
    }

    /** A live answer for a room on a day; null when not cached. */
    public Optional<StayContext> byRoom(PropertyId property, String room, LocalDate day) {
        return get(property, "room|" + room + "|" + day);
    }

    public void putReservation(PropertyId property, String ref, Optional<StayContext> stay) {
        put(property, "ref|" + ref, stay);
        stay.ifPresent(s -> put(property, "ref|" + s.reservationRef(), stay));
    }

    public void putRoom(PropertyId property, String room, LocalDate day, Optional<StayContext> stay) {
        put(property, "room|" + room + "|" + day, stay);
        stay.ifPresent(s -> put(property, "ref|" + s.reservationRef(), stay));
    }

    /** Replaces what is cached for a reservation after the PMS announced a change. */
    public void updated(PropertyId property, String ref, Optional<StayContext> stay) {
        entries(property).keySet().removeIf(k -> k.startsWith("room|"));
        put(property, "ref|" + ref, stay);
    }

    /** Drops the property's entries cached at or before {@code mark}: a change another server learned of. */
    public void dropOlderThan(PropertyId property, Instant mark) {
        Map<String, Entry> entries = byProperty.get(property.value());
        if (entries != null) {
            entries.values().removeIf(e -> !e.cachedAt().isAfter(mark));
        }
    }

    @SuppressWarnings("java:S2789") // null means "not cached", an empty Optional "the PMS has none"
    private Optional<StayContext> get(PropertyId property, String key) {
        Map<String, Entry> entries = byProperty.get(property.value());
        Entry e = entries == null ? null : entries.get(key);
        if (e == null || !clock.instant().isBefore(e.expiresAt())) {
            return null;
        }
        return e.stay();
    }

    private void put(PropertyId property, String key, Optional<StayContext> stay) {
        Instant now = clock.instant();
        Map<String, Entry> entries = entries(property);
        entries.values().removeIf(e -> !now.isBefore(e.expiresAt())); // what expired goes, so the map stays small
        entries.put(key, new Entry(stay, now, now.plus(lifetime)));
    }

    private Map<String, Entry> entries(PropertyId property) {
        return byProperty.computeIfAbsent(property.value(), p -> new ConcurrentHashMap<>());
    }
}
