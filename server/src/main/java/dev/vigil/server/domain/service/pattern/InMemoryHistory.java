package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A history held in memory: for rule fixtures, for simulating a pack over stored observations,
 * and for tests. Not for production volumes.
 */
public final class InMemoryHistory implements ObservationHistory {

    private final Map<SubjectKey, List<ObservationFact>> byKey = new HashMap<>();
    private final Map<SubjectKey, Set<Marker>> markers = new HashMap<>();

    public void add(ObservationFact fact) {
        for (SubjectKey key : fact.keys()) {
            List<ObservationFact> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            list.add(fact);
            list.sort(Comparator.comparing(ObservationFact::observedAt).thenComparing(ObservationFact::id));
        }
    }

    public void mark(SubjectKey key, Marker marker) {
        markers.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(marker);
    }

    @Override
    public List<ObservationFact> withKey(SubjectKey key, Instant from, Instant to) {
        return byKey.getOrDefault(key, List.of()).stream()
                .filter(f -> !f.observedAt().isBefore(from) && !f.observedAt().isAfter(to)).toList();
    }

    @Override
    public Set<SubjectKey> linkedTo(SubjectKey key, Instant from, Instant to) {
        Set<SubjectKey> linked = new TreeSet<>();
        for (ObservationFact f : withKey(key, from, to)) {
            for (SubjectKey other : f.keys()) {
                if (!other.equals(key) && other.type().links() && !markers(other).contains(Marker.EXCLUDED)) {
                    linked.add(other);
                }
            }
        }
        return linked;
    }

    @Override
    public Set<Marker> markers(SubjectKey key) {
        return markers.getOrDefault(key, Set.of());
    }
}
