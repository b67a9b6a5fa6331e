package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule that matched for one subject in one window: the tier after caps, the observations that
 * made it, the linked stays it looked at, the linking keys those observations carry, and an
 * explanation in plain words: in English, and in every language of the messages when the engine
 * had them ({@code explanations}, keyed by language, with the titles of the rule in {@code titles}).
 */
public record RuleMatch(String ruleId, String title, Tier tier, SubjectKey subject, Instant windowStart,
                        Instant windowEnd, List<String> observationIds, int score, Set<SubjectKey> linked,
                        Set<SubjectKey> keys, Set<String> codes, String explanation, Map<String, String> explanations,
                        Map<String, String> titles) {
    public RuleMatch {
        observationIds = List.copyOf(observationIds);
        linked = Set.copyOf(linked);
        keys = Set.copyOf(keys);
        codes = codes == null ? Set.of() : Set.copyOf(codes);
        explanations = explanations == null ? Map.of() : Map.copyOf(explanations);
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    /** A match explained in English only. */
    public RuleMatch(String ruleId, String title, Tier tier, SubjectKey subject, Instant windowStart, Instant windowEnd,
                     List<String> observationIds, int score, Set<SubjectKey> linked, Set<SubjectKey> keys,
                     Set<String> codes, String explanation) {
        this(ruleId, title, tier, subject, windowStart, windowEnd, observationIds, score, linked, keys, codes,
                explanation, Map.of(), Map.of());
    }

    /** Every key this match ties together: its subject, the linked stays, the keys of its observations. */
    public Set<SubjectKey> relatedKeys() {
        Set<SubjectKey> all = new java.util.TreeSet<>(keys);
        all.addAll(linked);
        all.add(subject);
        return all;
    }
}
