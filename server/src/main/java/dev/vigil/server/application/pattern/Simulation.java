package dev.vigil.server.application.pattern;

import dev.vigil.server.domain.model.casefile.Severity;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.service.pattern.InMemoryHistory;
import dev.vigil.server.domain.service.pattern.PatternEngine;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays facts through a pack in memory, in the order they were observed, and groups the matches
 * into cases the way filing would: subjects that share a linking key are one case.
 */
final class Simulation {

    private final PatternEngine engine;
    private final RulePack rules;
    private final InMemoryHistory history = new InMemoryHistory();
    private final Map<SubjectKey, SubjectKey> parent = new HashMap<>();
    private final List<RuleMatch> matches = new ArrayList<>();

    Simulation(IndicatorPack indicators, RulePack rules, Map<SubjectKey, java.util.Set<Marker>> markers) {
        this.engine = new PatternEngine(indicators, rules);
        this.rules = rules;
        markers.forEach((key, set) -> set.forEach(m -> history.mark(key, m)));
    }

    void replay(List<ObservationFact> facts) {
        for (ObservationFact fact : facts) {
            history.add(fact);
            for (RuleMatch match : engine.evaluate(fact, history)) {
                if (match.tier().atLeast(Tier.T1)) {
                    matches.add(match);
                    SubjectKey first = null;
                    for (SubjectKey key : match.relatedKeys()) {
                        if (key.type().links() || key.equals(match.subject())) {
                            first = first == null ? find(key) : union(first, key);
                        }
                    }
                }
            }
        }
    }

    /** Per rule, the number of simulated cases where it reached each severity; then cases by severity. */
    Map<String, Map<Severity, Integer>> byRule() {
        Map<SubjectKey, Map<String, Tier>> bestPerCase = new HashMap<>();
        for (RuleMatch m : matches) {
            bestPerCase.computeIfAbsent(find(m.subject()), k -> new HashMap<>())
                    .merge(m.ruleId(), m.tier(), Tier::max);
        }
        Map<String, Map<Severity, Integer>> counts = new LinkedHashMap<>();
        for (PatternRule rule : rules.rules()) {
            if (!rule.isCap()) {
                counts.put(rule.id(), new EnumMap<>(Severity.class));
            }
        }
        bestPerCase.values().forEach(perRule -> perRule.forEach((rule, tier) -> Severity.of(tier)
                .ifPresent(s -> counts.computeIfAbsent(rule, r -> new EnumMap<>(Severity.class)).merge(s, 1, Integer::sum))));
        Map<Severity, Integer> cases = new EnumMap<>(Severity.class);
        bestPerCase.values().forEach(perRule -> Severity.of(perRule.values().stream().reduce(Tier.T0, Tier::max))
                .ifPresent(s -> cases.merge(s, 1, Integer::sum)));
        counts.put("*", cases);
        return counts;
    }

    private SubjectKey find(SubjectKey key) {
        SubjectKey p = parent.computeIfAbsent(key, k -> k);
        if (!p.equals(key)) {
            p = find(p);
            parent.put(key, p);
        }
        return p;
    }

    private SubjectKey union(SubjectKey a, SubjectKey b) {
        SubjectKey ra = find(a);
        SubjectKey rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
        return ra;
    }
}
