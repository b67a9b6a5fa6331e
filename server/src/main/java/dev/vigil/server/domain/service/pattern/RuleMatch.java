package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A rule that matched for one subject in one window: the tier after caps, the observations that
 * made it, the keys that linked them, and an explanation in plain words.
 */
public record RuleMatch(String ruleId, String title, Tier tier, SubjectKey subject, Instant windowStart,
                        Instant windowEnd, List<String> observationIds, int score, Set<SubjectKey> linked,
                        String explanation) {
    public RuleMatch {
        observationIds = List.copyOf(observationIds);
        linked = Set.copyOf(linked);
    }
}
