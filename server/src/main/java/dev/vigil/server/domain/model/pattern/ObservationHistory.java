package dev.vigil.server.domain.model.pattern;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Outbound port through which the engine reads past observations: by subject key and time, the
 * keys linked to a key, and what security has marked. Implementations answer from indexed storage,
 * so the cost of a question grows with the window, not with the history.
 */
public interface ObservationHistory {

    /** Observations carrying the key, observed within [from, to], oldest first. */
    List<ObservationFact> withKey(SubjectKey key, Instant from, Instant to);

    /**
     * Keys that appear together with the given key in an observation within [from, to]: the links.
     * Never the key itself, never a {@link SubjectType#PROPERTY} key, never an excluded key.
     */
    Set<SubjectKey> linkedTo(SubjectKey key, Instant from, Instant to);

    /** What security has marked this key with; empty for most keys. */
    Set<Marker> markers(SubjectKey key);
}
