package dev.vigil.server.application.pattern;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a pack would have produced over a period: per rule, how many cases it would have raised to
 * each severity; and the cases themselves, by severity. Nothing was written to produce it.
 */
public record SimulationResult(String pack, String version, Instant from, Instant to, int observations,
                               List<RuleOutcome> rules, Map<String, Integer> cases) {

    /** One rule's share: cases where this rule reached each severity. */
    public record RuleOutcome(String ruleId, String title, Map<String, Integer> cases) {
    }
}
