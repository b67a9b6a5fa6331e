package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import java.time.Instant;
import java.util.List;

/** The highest tier a room stay reaches inside a span, by the rules for stays (which never look at links). */
final class StayTiers {

    private StayTiers() {
    }

    static Tier highest(Evaluation evaluation, SubjectKey stay, Instant from, Instant to) {
        List<ObservationFact> facts = evaluation.facts(stay, from, to);
        Tier best = Tier.T0;
        var markers = evaluation.history.markers(stay);
        for (PatternRule rule : evaluation.rules.matchingRulesFor(SubjectType.ROOM_STAY)) {
            if (rule.looksAtLinkedStays() || rule.suppressedBy().stream().anyMatch(markers::contains)) {
                continue;
            }
            for (ObservationFact start : facts) {
                var match = RuleEvaluator.bestIn(evaluation, rule, stay, start.observedAt(), facts, to);
                if (match != null) {
                    best = Tier.max(best, match.tier());
                }
            }
        }
        return best;
    }
}
