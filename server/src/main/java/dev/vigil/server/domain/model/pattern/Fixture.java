package dev.vigil.server.domain.model.pattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example that proves a rule: observations (at offsets from a start) and the tier expected.
 * For a matching rule the tier is the highest this rule yields after the pack's caps (T0: no match);
 * for a cap rule it is the highest tier the whole pack yields.
 */
public record Fixture(String name, Tier expect, List<Step> observations, Map<String, Set<Marker>> markers) {

    public Fixture {
        observations = List.copyOf(observations);
        markers = markers == null ? Map.of() : Map.copyOf(markers);
    }

    /**
     * One observation of a fixture. {@code stay} names the room stay (defaults to the room);
     * {@code subjects} maps subject types to labels standing for tokens.
     */
    public record Step(Duration at, String room, String stay, String area, String reporter, String role,
                       List<String> codes, Map<SubjectType, List<String>> subjects) {
        public Step {
            codes = List.copyOf(codes);
            subjects = subjects == null ? Map.of() : Map.copyOf(subjects);
        }
    }
}
