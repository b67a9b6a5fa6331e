package dev.vigil.server.domain.service.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.IndicatorCode;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.text.Messages;
import dev.vigil.server.domain.model.pattern.ObservationFact;
import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.domain.model.pattern.SubjectKey;
import dev.vigil.server.domain.model.pattern.SubjectType;
import dev.vigil.server.domain.model.pattern.Tier;
import dev.vigil.server.domain.model.pattern.Window;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One evaluation's working state: the packs, the history, and memos, so that a stay's facts and
 * tier are read once however many linked subjects ask for them.
 */
final class Evaluation {

    final IndicatorPack indicators;
    /** The wordings explanations are written in; null: matches are not explained in words. */
    final Messages messages;
    final RulePack rules;
    final ObservationHistory history;
    /** Per key, the widest span read so far and its facts: narrower windows are cut from it in memory. */
    private final Map<SubjectKey, Span> spans = new HashMap<>();
    private final Map<String, Tier> stayTiers = new HashMap<>();
    private final Map<IndicatorCode, Indicator> indicatorCache = new HashMap<>();

    /** How far around the new observation this evaluation may read: the pack's longest window either side. */
    private Instant horizonFrom;
    private Instant horizonTo;

    Evaluation(IndicatorPack indicators, RulePack rules, ObservationHistory history) {
        this(indicators, rules, history, (Messages) null);
    }

    Evaluation(IndicatorPack indicators, RulePack rules, ObservationHistory history, Messages messages) {
        this.messages = messages;
        this.indicators = indicators;
        this.rules = rules;
        this.history = history;
    }

    /** An evaluation around time {@code t}: no read reaches further than the pack's longest window from it. */
    Evaluation(IndicatorPack indicators, RulePack rules, ObservationHistory history, Instant t) {
        this(indicators, rules, history, null, t);
    }

    /** An evaluation around time {@code t}, explained in the given wordings (null: not in words). */
    Evaluation(IndicatorPack indicators, RulePack rules, ObservationHistory history, Messages messages, Instant t) {
        this(indicators, rules, history, messages);
        this.horizonFrom = t.minus(rules.longestWindow());
        this.horizonTo = t.plus(rules.longestWindow());
    }

    /** The later of {@code from} and the horizon's start. */
    Instant notBeforeHorizon(Instant from) {
        return horizonFrom != null && from.isBefore(horizonFrom) ? horizonFrom : from;
    }

    /** The earlier of {@code to} and the horizon's end. */
    Instant notAfterHorizon(Instant to) {
        return horizonTo != null && to.isAfter(horizonTo) ? horizonTo : to;
    }

    Indicator indicator(IndicatorCode code) {
        return indicatorCache.computeIfAbsent(code, c -> indicators.find(c).orElse(null));
    }

    /** A key's observations read once, for the widest span asked, then cut per window. */
    private record Span(Instant from, Instant to, List<ObservationFact> facts) {
        boolean covers(Instant a, Instant b) {
            return !a.isBefore(from) && !b.isAfter(to);
        }
    }

    List<ObservationFact> facts(SubjectKey key, Instant from, Instant to) {
        Span span = spans.get(key);
        if (span == null || !span.covers(from, to)) {
            Instant a = span == null || from.isBefore(span.from()) ? from : span.from();
            Instant b = span == null || to.isAfter(span.to()) ? to : span.to();
            span = new Span(a, b, withoutExplained(history.withKey(key, a, b)));
            spans.put(key, span);
        }
        if (span.from().equals(from) && span.to().equals(to)) {
            return span.facts();
        }
        return span.facts().stream()
                .filter(f -> !f.observedAt().isBefore(from) && !f.observedAt().isAfter(to)).toList();
    }

    /** Drops the codes a marker on one of the observation's keys explains (e.g. booking codes of a group block). */
    private List<ObservationFact> withoutExplained(List<ObservationFact> read) {
        if (rules.explainedBy().isEmpty()) {
            return read;
        }
        List<ObservationFact> kept = new java.util.ArrayList<>(read.size());
        for (ObservationFact f : read) {
            List<dev.vigil.server.domain.model.pattern.CodeFilter> explained = f.keys().stream()
                    .flatMap(k -> history.markers(k).stream())
                    .map(m -> rules.explainedBy().get(m)).filter(java.util.Objects::nonNull).toList();
            if (explained.isEmpty()) {
                kept.add(f);
                continue;
            }
            List<IndicatorCode> codes = f.codes().stream().filter(code -> {
                Indicator i = indicator(code);
                return i == null || explained.stream().noneMatch(filter -> filter.matches(i));
            }).toList();
            if (!codes.isEmpty()) {
                kept.add(new ObservationFact(f.id(), f.observedAt(), f.reporterId(), f.role(), codes, f.keys(), f.room(), f.area()));
            }
        }
        return kept;
    }

    Window window(SubjectKey key, Instant from, Instant to) {
        return new FactWindow(this, key, from, to, facts(key, from, to));
    }

    /** A window over a subset of already-read facts (a sub-window of a wider read). */
    Window window(SubjectKey key, Instant from, Instant to, List<ObservationFact> within) {
        return new FactWindow(this, key, from, to, within);
    }

    /**
     * Room stays linked to a key within [from, to]: the stays its own observations there name. Read
     * from the key's facts rather than asked of the history, so each window costs no query.
     */
    Set<SubjectKey> linkedStays(SubjectKey key, Instant from, Instant to) {
        return facts(key, from, to).stream().flatMap(f -> f.keys().stream())
                .filter(k -> k.type() == SubjectType.ROOM_STAY && !k.equals(key))
                .filter(k -> !history.markers(k).contains(dev.vigil.server.domain.model.pattern.Marker.EXCLUDED))
                .collect(Collectors.toSet());
    }

    Tier stayTier(SubjectKey stay, Instant from, Instant to, java.util.function.Supplier<Tier> compute) {
        String memo = stay + "|" + from + "|" + to;
        Tier known = stayTiers.get(memo);
        if (known == null) {
            known = compute.get();
            stayTiers.put(memo, known);
        }
        return known;
    }

    /** The window implementation conditions see. */
    private static final class FactWindow implements Window {
        private final Evaluation evaluation;
        private final SubjectKey subject;
        private final Instant from;
        private final Instant to;
        private final List<ObservationFact> facts;
        private Integer score;
        private Set<SubjectKey> linked;

        FactWindow(Evaluation evaluation, SubjectKey subject, Instant from, Instant to, List<ObservationFact> facts) {
            this.evaluation = evaluation;
            this.subject = subject;
            this.from = from;
            this.to = to;
            this.facts = facts;
        }

        @Override
        public SubjectKey subject() {
            return subject;
        }

        @Override
        public Instant from() {
            return from;
        }

        @Override
        public Instant to() {
            return to;
        }

        @Override
        public List<ObservationFact> facts() {
            return facts;
        }

        @Override
        public Indicator indicator(IndicatorCode code) {
            return evaluation.indicator(code);
        }

        @Override
        public int score() {
            if (score == null) {
                score = Scorer.score(this, evaluation.rules.scoring(), evaluation::indicator);
            }
            return score;
        }

        @Override
        public Set<SubjectKey> linkedStays() {
            if (linked == null) {
                linked = subject.type() == SubjectType.ROOM_STAY ? Set.of() : evaluation.linkedStays(subject, from, to);
            }
            return linked;
        }

        @Override
        public Window of(SubjectKey stay) {
            return evaluation.window(stay, from, to);
        }

        @Override
        public Tier tierOf(SubjectKey stay) {
            return evaluation.stayTier(stay, from, to, () -> StayTiers.highest(evaluation, stay, from, to));
        }
    }
}
