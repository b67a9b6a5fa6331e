package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One step a severity calls for: what, by whom, through which channel, by when, under which
 * conditions, and what happens when the deadline passes.
 */
public record ProtocolAction(String id, ActionKind kind, String who, String channel, Duration deadline,
                             Set<ActionCondition> when, boolean optional, Escalation onOverdue, LocalizedText text,
                             Provenance provenance) {

    public ProtocolAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        when = when == null || when.isEmpty() ? Set.of(ActionCondition.ALWAYS) : Set.copyOf(when);
    }

    /** True when every condition holds for the case. */
    public boolean appliesTo(CaseCircumstances circumstances) {
        return when.stream().allMatch(circumstances::holds);
    }
}
