package dev.vigil.server.domain.model.pattern;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate root of the pattern rules in force: a named, versioned set with its scoring convention
 * and the codes that a marker explains (a registered group block explains its booking signals, so
 * they are not counted for observations that carry the marked key).
 */
public record RulePack(String name, String version, Scoring scoring, Duration linkRetention,
                       java.util.Map<Marker, CodeFilter> explainedBy, List<PatternRule> rules) {

    public RulePack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(linkRetention, "linkRetention");
        explainedBy = explainedBy == null ? java.util.Map.of() : java.util.Map.copyOf(explainedBy);
        rules = List.copyOf(rules);
    }

    public Optional<PatternRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<PatternRule> matchingRulesFor(SubjectType type) {
        return rules.stream().filter(r -> !r.isCap() && r.watches(type)).toList();
    }

    /** True when some cap on the type is judged over the whole subject, not only the match's window. */
    public boolean hasSubjectCaps(SubjectType type) {
        return capsFor(type).stream().anyMatch(r -> r.cap().over() == Cap.Over.SUBJECT);
    }

    public List<PatternRule> capsFor(SubjectType type) {
        return rules.stream().filter(r -> r.isCap() && r.watches(type)).toList();
    }

    /** The longest window of any rule: how far around a new observation evaluation may look. */
    public Duration longestWindow() {
        return rules.stream().map(PatternRule::longestWindow).max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
