package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.pattern.Cap;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.Outcome;
import dev.vigil.server.domain.model.pattern.PatternRule;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.pattern.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Evaluates one rule for one subject in the window that starts at a given time. */
final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /**
     * A rule's best result in one window: the tier after caps, what capped it, and the observations
     * outside the window that corroborated the subject and so kept a cap judged over the subject off.
     */
    record Candidate(PatternRule rule, Outcome outcome, Tier tier, Tier uncapped, PatternRule cappedBy, Window window,
                     List<ObservationFact> corroboration) {
        Candidate {
            corroboration = corroboration == null ? List.of() : List.copyOf(corroboration);
        }
    }

    /**
     * The best outcome of the rule in the window starting at {@code start}, or null when nothing
     * holds. {@code pool} holds the subject's observations around it; {@code limit} clips windows.
     */
    static Candidate bestIn(Evaluation ev, PatternRule rule, SubjectKey key, Instant start,
                            List<ObservationFact> pool, Instant limit) {
        Candidate best = null;
        for (Outcome outcome : rule.outcomes()) {
            Duration length = outcome.window() != null ? outcome.window() : rule.window();
            Instant end = start.plus(length);
            if (limit != null && end.isAfter(limit)) {
                end = limit;
            }
            Instant to = end;
            List<ObservationFact> within = pool.stream()
                    .filter(f -> !f.observedAt().isBefore(start) && !f.observedAt().isAfter(to)).toList();
            if (within.isEmpty() && !rule.looksAtLinkedStays()) {
                continue;
            }
            Window window = ev.window(key, start, end, within);
            if (!outcome.when().test(window)) {
                continue;
            }
            Tier raw = outcome.relative() ? raisedFromLinked(window, outcome) : outcome.tier();
            Candidate capped = applyCaps(ev, rule, outcome, raw, window);
            if (better(capped, best)) {
                best = capped;
            }
        }
        return best;
    }

    private static Tier raisedFromLinked(Window window, Outcome outcome) {
        Tier highest = window.linkedStays().stream().map(window::tierOf).reduce(Tier.T0, Tier::max);
        Tier ceiling = outcome.atMost() == null ? Tier.T4 : outcome.atMost();
        return highest == Tier.T0 ? Tier.T0 : highest.raise(outcome.raiseLinkedBy(), ceiling);
    }

    private static Candidate applyCaps(Evaluation ev, PatternRule rule, Outcome outcome, Tier raw, Window window) {
        Tier tier = raw;
        PatternRule cappedBy = null;
        List<ObservationFact> corroboration = new java.util.ArrayList<>();
        // a rule across rooms is judged on everything it looked at: its subject's and the linked stays' observations
        Window judged = rule.looksAtLinkedStays() ? withLinkedStays(ev, window, window.from(), window.to()) : window;
        Window subject = null;
        for (PatternRule capRule : ev.rules.capsFor(window.subject().type())) {
            var cap = capRule.cap();
            if (cap.exceptRules().contains(rule.id()) || tier.compareTo(cap.tier()) <= 0) {
                continue;
            }
            Window on = judged;
            if (cap.over() == Cap.Over.SUBJECT) {
                subject = subject != null ? subject : subjectScope(ev, rule, window);
                on = subject;
            }
            if (cap.when().test(on)) {
                tier = cap.tier();
                cappedBy = capRule;
            } else if (on != judged && cap.when().test(judged)) {
                // held in the window alone, lifted by what else the subject shows: say so, and by which observations
                Set<String> inWindow = new java.util.HashSet<>();
                judged.facts().forEach(f -> inWindow.add(f.id()));
                on.facts().stream().filter(f -> !inWindow.contains(f.id())).forEach(corroboration::add);
            }
        }
        return new Candidate(rule, outcome, tier, raw, cappedBy, window, corroboration);
    }

    /**
     * The subject as a cap judged over it sees it: its observations from the pack's longest window
     * before the match's end to the same span after the match's start, every point of which shares a
     * window of that length with the match.
     */
    static Window subjectScope(Evaluation ev, PatternRule rule, Window window) {
        Duration widest = ev.rules.longestWindow();
        Instant from = window.to().minus(widest);
        Instant to = window.from().plus(widest);
        from = ev.notBeforeHorizon(from.isAfter(window.from()) ? window.from() : from);
        to = ev.notAfterHorizon(to.isBefore(window.to()) ? window.to() : to);
        Window scope = ev.window(window.subject(), from, to);
        return rule.looksAtLinkedStays() ? withLinkedStays(ev, scope, from, to) : scope;
    }

    private static Window withLinkedStays(Evaluation ev, Window window, Instant from, Instant to) {
        java.util.Map<String, ObservationFact> all = new java.util.LinkedHashMap<>();
        window.facts().forEach(f -> all.put(f.id(), f));
        window.linkedStays().forEach(stay -> ev.window(stay, from, to).facts().forEach(f -> all.putIfAbsent(f.id(), f)));
        List<ObservationFact> sorted = all.values().stream()
                .sorted(java.util.Comparator.comparing(ObservationFact::observedAt).thenComparing(ObservationFact::id)).toList();
        return ev.window(window.subject(), from, to, sorted);
    }

    /** Higher tier wins; at the same tier, the window with more observations explains more. */
    static boolean better(Candidate candidate, Candidate best) {
        if (candidate == null || candidate.tier() == Tier.T0) {
            return false;
        }
        if (best == null) {
            return true;
        }
        int byTier = candidate.tier().compareTo(best.tier());
        if (byTier != 0) {
            return byTier > 0;
        }
        return candidate.window().facts().size() > best.window().facts().size();
    }
}
