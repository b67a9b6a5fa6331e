package dev.vigil.server.domain.model.pattern;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine knows of one observation: when, who (id and role), which codes, which subject
 * keys, and where (for explanations). Never a note, never a raw identifier.
 */
public record ObservationFact(String id, Instant observedAt, String reporterId, StaffRole role,
                              List<IndicatorCode> codes, Set<SubjectKey> keys, String room, String area) {

    public ObservationFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(role, "role");
        codes = List.copyOf(codes);
        keys = Set.copyOf(keys);
    }

    public boolean has(SubjectKey key) {
        return keys.contains(key);
    }

    public java.util.stream.Stream<SubjectKey> keysOf(SubjectType type) {
        return keys.stream().filter(k -> k.type() == type);
    }

    /** Where, in words: "room 214", "lobby", or "room 214 (lobby)". */
    public String place() {
        if (room != null && area != null) {
            return "room " + room + " (" + area + ")";
        }
        return room != null ? "room " + room : area != null ? area : "the property";
    }
}
