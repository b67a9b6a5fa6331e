package dev.vigil.server.domain.model.pattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a pack, in the spirit of a Sigma rule: identity and status, the subject types it
 * watches, its window, its outcomes (or its cap), the markers that suppress it, the innocent
 * explanations to keep in mind, its sources, the fixtures that prove it, and its title in other languages.
 */
public record PatternRule(String id, String title, String status, String description, Set<SubjectType> subjects,
                          Duration window, List<Outcome> outcomes, Cap cap, Set<Marker> suppressedBy,
                          List<String> falsePositives, List<String> sources, List<Fixture> fixtures,
                          Map<String, String> titles) {

    public PatternRule {
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        Objects.requireNonNull(id, "id");
        subjects = Set.copyOf(subjects);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        suppressedBy = suppressedBy == null ? Set.of() : Set.copyOf(suppressedBy);
        falsePositives = falsePositives == null ? List.of() : List.copyOf(falsePositives);
        sources = sources == null ? List.of() : List.copyOf(sources);
        fixtures = fixtures == null ? List.of() : List.copyOf(fixtures);
        if ((cap == null) == outcomes.isEmpty()) {
            throw new IllegalArgumentException(id + ": a rule has outcomes or a cap, not both");
        }
    }

    /** The title in a language the pack translates it into, else the pack's own (English) title. */
    public String title(String lang) {
        return lang == null ? title : titles.getOrDefault(lang, title);
    }

    public boolean isCap() {
        return cap != null;
    }

    public boolean watches(SubjectType type) {
        return subjects.contains(type);
    }

    /** The longest window any outcome looks at. */
    public Duration longestWindow() {
        Duration own = window == null ? Duration.ZERO : window;
        return outcomes.stream().map(o -> o.window() == null ? own : o.window())
                .max(Duration::compareTo).orElse(own);
    }

    /** True when some outcome looks at linked stays, so the rule must be re-evaluated when a stay changes. */
    public boolean looksAtLinkedStays() {
        return outcomes.stream().anyMatch(o -> o.relative() || mentionsLinked(o.when()));
    }

    private static boolean mentionsLinked(Condition c) {
        if (c instanceof Condition.LinkedStays) {
            return true;
        }
        if (c instanceof Condition.AllOf all) {
            return all.parts().stream().anyMatch(PatternRule::mentionsLinked);
        }
        if (c instanceof Condition.AnyOf any) {
            return any.parts().stream().anyMatch(PatternRule::mentionsLinked);
        }
        return false;
    }
}
