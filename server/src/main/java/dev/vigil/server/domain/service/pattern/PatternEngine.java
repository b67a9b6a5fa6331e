package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.Cap;
import dev.vigil.server.domain.model.pattern.Marker;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.text.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Domain service: evaluates the rule pack for a new observation. Only the observation's own subject
 * keys are evaluated (plus subjects linked to its room stay, whose cross-room rules its arrival may
 * change), and only in windows that contain the time it was observed: cost grows with the windows,
 * not with the history. Tiers never fall when observations are added, so the highest tier reached
 * is the same whatever order late observations arrive in.
 */
public final class PatternEngine {

    private final IndicatorPack indicators;
    private final RulePack rules;
    private final Messages messages;

    /** An engine whose matches name their rule and tier but are not explained in words (fixtures, counts). */
    public PatternEngine(IndicatorPack indicators, RulePack rules) {
        this(indicators, rules, null);
    }

    /** An engine that explains every match in each language of {@code messages}. */
    public PatternEngine(IndicatorPack indicators, RulePack rules, Messages messages) {
        this.indicators = indicators;
        this.rules = rules;
        this.messages = messages;
    }

    public RulePack rules() {
        return rules;
    }

    /** Matches at T1 or above for the subjects the observation touches. The observation must already be in the history. */
    public List<RuleMatch> evaluate(ObservationFact fact, ObservationHistory history) {
        Evaluation ev = new Evaluation(indicators, rules, history, messages, fact.observedAt());
        List<RuleMatch> matches = new ArrayList<>();
        for (SubjectKey key : touched(fact, history)) {
            matches.addAll(evaluateAround(ev, key, fact.observedAt(), fact));
        }
        return matches;
    }

    /** The subjects to evaluate: the observation's own keys, and subjects whose rules look at its stay. */
    Set<SubjectKey> touched(ObservationFact fact, ObservationHistory history) {
        Set<SubjectKey> keys = new TreeSet<>();
        Duration reach = rules.longestWindow();
        Instant t = fact.observedAt();
        for (SubjectKey key : fact.keys()) {
            if (!key.type().evaluated() || history.markers(key).contains(Marker.EXCLUDED)) {
                continue;
            }
            keys.add(key);
            if (key.type() == SubjectType.ROOM_STAY) {
                for (SubjectKey linked : history.linkedTo(key, t.minus(reach), t.plus(reach))) {
                    if (rules.matchingRulesFor(linked.type()).stream().anyMatch(PatternRule::looksAtLinkedStays)) {
                        keys.add(linked);
                    }
                }
            }
        }
        return keys;
    }

    /** The best match of each rule for one subject, over the windows that contain time {@code t}. */
    public List<RuleMatch> evaluateAround(SubjectKey key, Instant t, ObservationHistory history) {
        return evaluateAround(new Evaluation(indicators, rules, history, messages, t), key, t, null);
    }

    /** {@code arrived}: the observation this evaluation is for, if any, which may corroborate older windows. */
    private List<RuleMatch> evaluateAround(Evaluation ev, SubjectKey key, Instant t, ObservationFact arrived) {
        boolean mayLift = arrived != null && mayLiftSubjectCap(ev, key, arrived);
        Set<Marker> markers = ev.history.markers(key);
        if (markers.contains(Marker.EXCLUDED)) {
            return List.of();
        }
        List<RuleMatch> matches = new ArrayList<>();
        List<PatternRule> applicable = rules.matchingRulesFor(key.type()).stream()
                .filter(rule -> rule.suppressedBy().stream().noneMatch(markers::contains)).toList();
        // one read at the widest reach; each rule's narrower windows are then cut from it in memory
        applicable.stream().map(PatternRule::longestWindow).max(Duration::compareTo)
                .ifPresent(widest -> ev.facts(key, t.minus(widest), t.plus(widest)));
        for (PatternRule rule : applicable) {
            Duration reach = rule.longestWindow();
            var pool = ev.facts(key, t.minus(reach), t.plus(reach));
            Set<Instant> starts = new LinkedHashSet<>();
            starts.add(t.minus(reach));
            pool.stream().map(ObservationFact::observedAt)
                    .filter(at -> !at.isBefore(t.minus(reach)) && !at.isAfter(t)).forEach(starts::add);
            if (rule.looksAtLinkedStays()) {
                // what a rule across rooms sees changes with the stays' own observations, not only the subject's
                for (SubjectKey stay : ev.linkedStays(key, t.minus(reach), t.plus(reach))) {
                    // read as wide as the windows that will look at the stay, so that none reads it again
                    ev.facts(stay, t.minus(reach), t.plus(reach)).stream().map(ObservationFact::observedAt)
                            .filter(at -> !at.isAfter(t)).forEach(starts::add);
                }
            }
            starts.add(t);
            RuleEvaluator.Candidate best = null;
            for (Instant start : starts) {
                RuleEvaluator.Candidate candidate = RuleEvaluator.bestIn(ev, rule, key, start, pool, null);
                if (candidate != null && containsTime(candidate, t) && RuleEvaluator.better(candidate, best)) {
                    best = candidate;
                }
            }
            if (mayLift) {
                best = liftedElsewhere(ev, rule, key, t, best);
            }
            if (best != null && best.tier().atLeast(Tier.T1)) {
                matches.add(Explanations.match(ev, best));
            }
        }
        return matches;
    }

    /**
     * Whether the new observation could lift a cap judged over the whole subject: the cap holds over the
     * subject's observations around it without this one, and no longer with it (a second staff member).
     */
    private boolean mayLiftSubjectCap(Evaluation ev, SubjectKey key, ObservationFact arrived) {
        if (!rules.hasSubjectCaps(key.type())) {
            return false;
        }
        Duration widest = rules.longestWindow();
        Instant from = arrived.observedAt().minus(widest);
        Instant to = arrived.observedAt().plus(widest);
        List<ObservationFact> around = ev.facts(key, from, to);
        List<ObservationFact> without = around.stream().filter(f -> !f.id().equals(arrived.id())).toList();
        return rules.capsFor(key.type()).stream().map(PatternRule::cap).filter(c -> c.over() == Cap.Over.SUBJECT)
                .anyMatch(c -> !without.isEmpty() && c.when().test(ev.window(key, from, to, without))
                        && !c.when().test(ev.window(key, from, to, around)));
    }

    /**
     * The windows that do not contain the new observation's time but lie within the pack's longest window
     * of it: a cap judged over the subject may no longer hold there now. Only a match the new observation
     * corroborated counts, and only when it is better than what the windows around it gave.
     */
    private RuleEvaluator.Candidate liftedElsewhere(Evaluation ev, PatternRule rule, SubjectKey key, Instant t,
                                                    RuleEvaluator.Candidate best) {
        // a window the new observation can corroborate ends within the pack's longest window of it
        Duration widest = rules.longestWindow();
        List<ObservationFact> wide = ev.facts(key, t.minus(widest), t.plus(widest));
        Set<Instant> starts = new LinkedHashSet<>();
        wide.stream().map(ObservationFact::observedAt).forEach(starts::add);
        for (Instant start : starts) {
            RuleEvaluator.Candidate candidate = RuleEvaluator.bestIn(ev, rule, key, start, wide, t.plus(widest));
            if (candidate != null && !candidate.corroboration().isEmpty() && !containsTime(candidate, t)
                    && RuleEvaluator.better(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean containsTime(RuleEvaluator.Candidate candidate, Instant t) {
        return !t.isBefore(candidate.window().from()) && !t.isAfter(candidate.window().to());
    }
}
