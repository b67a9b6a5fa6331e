package dev.vigil.server.domain.model.pattern;

import java.util.Objects;
import java.util.Set;

/**
 * A ceiling: when {@code when} holds, matches go no higher than {@code tier}, except from the rules
 * named. {@code over} says what the condition is judged on: the window the match looked at, or the
 * whole subject as the pack sees it (its observations within the pack's longest window of the match),
 * so that a second staff member's observation of the subject lifts a single-reporter cap even when it
 * falls outside the rule's own shorter window.
 */
public record Cap(Tier tier, Condition when, Set<String> exceptRules, Over over) {

    /** What a cap's condition is judged on. */
    public enum Over { WINDOW, SUBJECT }

    public Cap {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(when, "when");
        exceptRules = exceptRules == null ? Set.of() : Set.copyOf(exceptRules);
        over = over == null ? Over.WINDOW : over;
    }

    /** A cap judged on the match's own window. */
    public Cap(Tier tier, Condition when, Set<String> exceptRules) {
        this(tier, when, exceptRules, Over.WINDOW);
    }
}
