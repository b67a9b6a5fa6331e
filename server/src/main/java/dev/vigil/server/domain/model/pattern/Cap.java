package dev.vigil.server.domain.model.pattern;

import java.util.Objects;
import java.util.Set;

/** A ceiling: when {@code when} holds in a window, matches there go no higher than {@code tier}, except from the rules named. */
public record Cap(Tier tier, Condition when, Set<String> exceptRules) {
    public Cap {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(when, "when");
        exceptRules = exceptRules == null ? Set.of() : Set.copyOf(exceptRules);
    }
}
