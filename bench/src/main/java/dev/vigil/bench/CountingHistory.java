package dev.vigil.bench;

import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Counts and times what the engine asks of its history. Used only in an untimed second pass over the
 * same observation, to say where the time goes; the timed pass uses the plain JPA history.
 */
final class CountingHistory implements ObservationHistory {

    private final ObservationHistory inner;
    int withKeyCalls;
    int factsRead;
    int linkedToCalls;
    int linkedRead;
    int markerCalls;
    long withKeyNanos;
    long linkedToNanos;
    long markerNanos;
    long evaluationNanos;

    CountingHistory(ObservationHistory inner) {
        this.inner = inner;
    }

    @Override
    public List<ObservationFact> withKey(SubjectKey key, Instant from, Instant to) {
        long t0 = System.nanoTime();
        List<ObservationFact> facts = inner.withKey(key, from, to);
        withKeyNanos += System.nanoTime() - t0;
        withKeyCalls++;
        factsRead += facts.size();
        return facts;
    }

    @Override
    public Set<SubjectKey> linkedTo(SubjectKey key, Instant from, Instant to) {
        long t0 = System.nanoTime();
        Set<SubjectKey> linked = inner.linkedTo(key, from, to);
        linkedToNanos += System.nanoTime() - t0;
        linkedToCalls++;
        linkedRead += linked.size();
        return linked;
    }

    @Override
    public Set<Marker> markers(SubjectKey key) {
        long t0 = System.nanoTime();
        Set<Marker> markers = inner.markers(key);
        markerNanos += System.nanoTime() - t0;
        markerCalls++;
        return markers;
    }
}
