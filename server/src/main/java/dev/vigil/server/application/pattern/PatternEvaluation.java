package dev.vigil.server.application.pattern;

import dev.vigil.server.application.casefile.CaseBook;
import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.domain.model.observation.Observation;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.service.pattern.PatternEngine;
import dev.vigil.server.domain.service.pattern.RuleMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Evaluates a just-stored observation and updates cases, inside the filing's transaction: the
 * observation and the case changes it causes are stored together or not at all.
 */
@ApplicationScoped
public class PatternEvaluation {

    private IndicatorPackSource indicators;
    private RulePackSource rules;
    private ObservationHistories histories;
    private CaseBook caseBook;

    protected PatternEvaluation() {
        // for CDI
    }

    @Inject
    public PatternEvaluation(IndicatorPackSource indicators, RulePackSource rules, ObservationHistories histories,
                             CaseBook caseBook) {
        this.indicators = indicators;
        this.rules = rules;
        this.histories = histories;
        this.caseBook = caseBook;
    }

    /** What the observation led to: the highest tier it reached in any window, for the reporter's instructions. */
    public record Outcome(Tier highest, List<RuleMatch> matches) {
    }

    public Outcome afterFiling(Observation observation, Instant at) {
        var pack = rules.activeRules();
        PatternEngine engine = new PatternEngine(indicators.activePack(), pack);
        List<RuleMatch> matches = engine.evaluate(observation.fact(), histories.forTenant(observation.tenant()));
        caseBook.apply(observation.tenant(), observation.property(), matches, at, pack.linkRetention());
        Tier highest = matches.stream().filter(m -> m.observationIds().contains(observation.id().value()))
                .map(RuleMatch::tier).reduce(Tier.T0, Tier::max);
        return new Outcome(highest, matches);
    }
}
