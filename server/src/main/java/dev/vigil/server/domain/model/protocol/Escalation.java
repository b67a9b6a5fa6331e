package dev.vigil.server.domain.model.protocol;

import java.time.Duration;
import java.util.List;

/** What happens when an action's deadline passes unacknowledged: who takes it over, who is told, how often again. */
public record Escalation(String escalateTo, List<String> tell, Duration repeatEvery, Provenance provenance) {
    public Escalation {
        tell = tell == null ? List.of() : List.copyOf(tell);
    }
}
