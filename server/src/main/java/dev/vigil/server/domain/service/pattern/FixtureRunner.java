package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.pattern.Fixture;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule's fixtures through the engine, in the order written and in reverse (late and
 * out-of-order observations must give the same result), and reports each one that does not give
 * the tier it expects. A pack with a failing fixture must not be used.
 */
public final class FixtureRunner {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private final IndicatorPack indicators;
    private final RulePack rules;

    public FixtureRunner(IndicatorPack indicators, RulePack rules) {
        this.indicators = indicators;
        this.rules = rules;
    }

    /** One fixture's result, in the order written, reversed, and with the ends first and the middle last. */
    public record Result(String ruleId, String fixture, Tier expected, Tier inOrder, Tier reversed, Tier middleLast) {
        public boolean passed() {
            return expected == inOrder && expected == reversed && expected == middleLast;
        }

        public String describe() {
            return "rule " + ruleId + ", fixture '" + fixture + "': expected " + expected + ", got " + inOrder
                    + (inOrder == reversed && inOrder == middleLast ? ""
                    : " in order, " + reversed + " in reverse order and " + middleLast + " with the middle observations last");
        }

        @Override
        public String toString() {
            return ruleId + ": " + fixture;
        }
    }

    public List<Result> runAll() {
        List<Result> results = new ArrayList<>();
        for (PatternRule rule : rules.rules()) {
            for (Fixture fixture : rule.fixtures()) {
                results.add(run(rule, fixture));
            }
        }
        return results;
    }

    public List<String> failures() {
        return runAll().stream().filter(r -> !r.passed()).map(Result::describe).toList();
    }

    public Result run(PatternRule rule, Fixture fixture) {
        List<ObservationFact> facts = facts(fixture);
        Tier forward = highest(rule, fixture, facts);
        List<ObservationFact> backwards = new ArrayList<>(facts);
        Collections.reverse(backwards);
        Tier reverse = highest(rule, fixture, backwards);
        return new Result(rule.id(), fixture.name(), fixture.expect(), forward, reverse, highest(rule, fixture, middleLast(facts)));
    }

    /** The first and last observations arrive first, the ones between them after: late filings of the middle of a story. */
    static List<ObservationFact> middleLast(List<ObservationFact> facts) {
        if (facts.size() < 3) {
            return facts;
        }
        List<ObservationFact> order = new ArrayList<>();
        order.add(facts.get(0));
        order.add(facts.get(facts.size() - 1));
        order.addAll(facts.subList(1, facts.size() - 1));
        return order;
    }

    private Tier highest(PatternRule rule, Fixture fixture, List<ObservationFact> arrivalOrder) {
        InMemoryHistory history = new InMemoryHistory();
        fixture.markers().forEach((key, markers) -> markers.forEach(m -> history.mark(SubjectKey.parse(key), m)));
        PatternEngine engine = new PatternEngine(indicators, rules);
        Tier best = Tier.T0;
        for (ObservationFact fact : arrivalOrder) {
            history.add(fact);
            for (RuleMatch match : engine.evaluate(fact, history)) {
                if (rule.isCap() || match.ruleId().equals(rule.id())) {
                    best = Tier.max(best, match.tier());
                }
            }
        }
        return best;
    }

    static List<ObservationFact> facts(Fixture fixture) {
        List<ObservationFact> facts = new ArrayList<>();
        int n = 0;
        for (Fixture.Step step : fixture.observations()) {
            Set<SubjectKey> keys = new HashSet<>();
            keys.add(new SubjectKey(SubjectType.PROPERTY, "fixture-hotel"));
            String stay = step.stay() != null ? step.stay() : step.room();
            if (stay != null) {
                keys.add(new SubjectKey(SubjectType.ROOM_STAY, stay));
            }
            if (stay == null && step.area() != null) {
                keys.add(new SubjectKey(SubjectType.AREA, step.area().toLowerCase(java.util.Locale.ROOT)));
            }
            step.subjects().forEach((type, labels) -> labels.forEach(label -> keys.add(new SubjectKey(type, label))));
            facts.add(new ObservationFact("obs-" + (++n), START.plus(step.at()), step.reporter(),
                    StaffRole.parse(step.role()).orElseThrow(() -> new IllegalArgumentException("unknown role " + step.role())),
                    step.codes().stream().map(IndicatorCode::new).toList(), keys, step.room(), step.area()));
        }
        return facts;
    }
}
