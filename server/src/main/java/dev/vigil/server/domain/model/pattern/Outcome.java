package dev.vigil.server.domain.model.pattern;

import java.time.Duration;
import java.util.Objects;

/**
 * What a rule yields when its condition holds in a window: a fixed tier, or (for repeat stays)
 * the highest linked stay's tier raised by some steps up to a ceiling.
 *
 * @param window overrides the rule's window for this outcome (e.g. 12 h inside a 24 h rule), or null
 */
public record Outcome(Tier tier, Integer raiseLinkedBy, Tier atMost, Condition when, Duration window) {

    public Outcome {
        Objects.requireNonNull(when, "when");
        if ((tier == null) == (raiseLinkedBy == null)) {
            throw new IllegalArgumentException("an outcome gives either a tier or raiseLinkedBy");
        }
    }

    public boolean relative() {
        return raiseLinkedBy != null;
    }
}
