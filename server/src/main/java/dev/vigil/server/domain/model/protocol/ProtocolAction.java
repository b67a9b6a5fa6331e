package dev.vigil.server.domain.model.protocol;

import dev.vigil.server.domain.model.indicator.LocalizedText;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One step a severity calls for: what, by whom, through which channel (and which others also do),
 * by when, under which conditions, and what happens when the deadline passes. {@code deadlineBasis}
 * is the deadline's own provenance when it is weaker than the action's (a sourced step with an
 * assumed time), else null.
 */
public record ProtocolAction(String id, ActionKind kind, String who, String channel, Duration deadline,
                             Set<ActionCondition> when, boolean optional, Escalation onOverdue, LocalizedText text,
                             Provenance provenance, Provenance deadlineBasis, java.util.List<String> altChannels) {

    public ProtocolAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        when = when == null || when.isEmpty() ? Set.of(ActionCondition.ALWAYS) : Set.copyOf(when);
        altChannels = altChannels == null ? java.util.List.of() : java.util.List.copyOf(altChannels);
    }

    /** A step reached through one channel only. */
    public ProtocolAction(String id, ActionKind kind, String who, String channel, Duration deadline,
                          Set<ActionCondition> when, boolean optional, Escalation onOverdue, LocalizedText text,
                          Provenance provenance, Provenance deadlineBasis) {
        this(id, kind, who, channel, deadline, when, optional, onOverdue, text, provenance, deadlineBasis, null);
    }

    /** Its channel first, then the others that also satisfy it. */
    public java.util.List<String> channels() {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (channel != null) {
            all.add(channel);
        }
        altChannels.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    /** A step whose deadline has the action's own provenance. */
    public ProtocolAction(String id, ActionKind kind, String who, String channel, Duration deadline,
                          Set<ActionCondition> when, boolean optional, Escalation onOverdue, LocalizedText text,
                          Provenance provenance) {
        this(id, kind, who, channel, deadline, when, optional, onOverdue, text, provenance, null);
    }

    /** True when every condition holds for the case. */
    public boolean appliesTo(CaseCircumstances circumstances) {
        return when.stream().allMatch(circumstances::holds);
    }

    /** Where the deadline comes from: its own basis when the pack gives one, else the action's. */
    public Provenance deadlineProvenance() {
        return deadlineBasis != null ? deadlineBasis : provenance;
    }
}
