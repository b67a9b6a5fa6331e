package dev.vigil.server.domain.model.pattern;

import java.time.Duration;
import java.util.Set;

/**
 * The scoring convention: a code counts once per subject per {@code repeatAfter}; some codes are
 * counted by rules but never scored; codes of weight ≤ {@code contextWeight} add at most
 * {@code contextCap}, and only when {@code contextCountsWhen} holds.
 */
public record Scoring(Duration repeatAfter, Set<String> notScored, int contextWeight, int contextCap,
                      Condition contextCountsWhen) {
    public Scoring {
        notScored = notScored == null ? Set.of() : Set.copyOf(notScored);
    }
}
