package dev.vigil.server.domain.model.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.text.Wording;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One test a rule makes of a window, as the rule pack writes it. Each says in words what it asked,
 * so that explanations can name the threshold that was met.
 */
public sealed interface Condition {

    boolean test(Window window);

    /** What the condition asks, in the wording's language. */
    String describe(Wording w);

    /** Every part must hold. */
    record AllOf(List<Condition> parts) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Window w) {
            return parts.stream().allMatch(p -> p.test(w));
        }

        @Override
        public String describe(Wording w) {
            return parts.stream().map(p -> p.describe(w)).collect(Collectors.joining(w.say("condition.and")));
        }
    }

    /** At least one part must hold. */
    record AnyOf(List<Condition> parts) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Window w) {
            return parts.stream().anyMatch(p -> p.test(w));
        }

        @Override
        public String describe(Wording w) {
            return "(" + parts.stream().map(p -> p.describe(w)).collect(Collectors.joining(w.say("condition.or"))) + ")";
        }
    }

    /** The window's score reaches a minimum. */
    record Score(int min) implements Condition {
        @Override
        public boolean test(Window w) {
            return w.score() >= min;
        }

        @Override
        public String describe(Wording w) {
            return w.say("condition.score", "min", min);
        }
    }

    /**
     * Distinct codes matching a filter: at least {@code min}, at most {@code max}; with
     * {@code fromRoles}, the observations naming them come from that many distinct staff roles.
     */
    record DistinctCodes(CodeFilter filter, Integer min, Integer max, Integer fromRoles) implements Condition {
        @Override
        public boolean test(Window w) {
            Set<String> codes = new HashSet<>();
            Set<StaffRole> roles = new HashSet<>();
            for (ObservationFact f : w.facts()) {
                for (var code : f.codes()) {
                    Indicator indicator = w.indicator(code);
                    if (indicator != null && filter.matches(indicator)) {
                        codes.add(code.value());
                        roles.add(f.role());
                    }
                }
            }
            // with neither bound written, "codes" means at least one, as its description says
            int atLeast = min != null ? min : max == null ? 1 : 0;
            return codes.size() >= atLeast && (max == null || codes.size() <= max)
                    && (fromRoles == null || roles.size() >= fromRoles);
        }

        @Override
        public String describe(Wording w) {
            String what = filter.describe(w);
            String count = max != null && (min == null || min == 0) ? w.say("condition.codes.atMost", "max", max, "filter", what)
                    : min != null && max != null ? w.say("condition.codes.range", "min", min, "max", max, "filter", what)
                    : w.say("condition.codes.atLeast", "min", min == null ? 1 : min, "filter", what);
            return fromRoles == null ? count : count + w.say("condition.fromRoles", "roles", fromRoles);
        }
    }

    /** Distinct reporters (staff members) between {@code min} and {@code max}. */
    record Reporters(Integer min, Integer max) implements Condition {
        @Override
        public boolean test(Window w) {
            long n = w.facts().stream().map(ObservationFact::reporterId).distinct().count();
            return (min == null || n >= min) && (max == null || n <= max);
        }

        @Override
        public String describe(Wording w) {
            return max != null && min == null ? w.say("condition.reporters.atMost", "max", max)
                    : w.say("condition.reporters.atLeast", "min", min);
        }
    }

    /** Distinct staff roles at least {@code min}. */
    record Roles(int min) implements Condition {
        @Override
        public boolean test(Window w) {
            return w.facts().stream().map(ObservationFact::role).distinct().count() >= min;
        }

        @Override
        public String describe(Wording w) {
            return w.say("condition.roles", "min", min);
        }
    }

    /**
     * Distinct visitors among observations naming a matching code: each visitor key once, and each
     * observation without a visitor key as one visitor of its own.
     */
    record Visitors(CodeFilter filter, int min) implements Condition {
        @Override
        public boolean test(Window w) {
            Set<String> visitors = new HashSet<>();
            for (ObservationFact f : w.facts()) {
                if (f.codes().stream().map(w::indicator).anyMatch(i -> i != null && filter.matches(i))) {
                    List<SubjectKey> named = f.keysOf(SubjectType.VISITOR).toList();
                    if (named.isEmpty()) {
                        visitors.add("observation:" + f.id());
                    } else {
                        named.forEach(k -> visitors.add(k.value()));
                    }
                }
            }
            return visitors.size() >= min;
        }

        @Override
        public String describe(Wording w) {
            return w.say("condition.visitors", "min", min, "filter", filter.describe(w));
        }
    }

    /** Observations naming a matching code: at least {@code min}, counted per room stay when {@code perStay}. */
    record Observations(CodeFilter filter, int min, boolean perStay) implements Condition {
        @Override
        public boolean test(Window w) {
            Map<String, Integer> counts = new HashMap<>();
            for (ObservationFact f : w.facts()) {
                if (f.codes().stream().map(w::indicator).anyMatch(i -> i != null && filter.matches(i))) {
                    if (perStay) {
                        f.keysOf(SubjectType.ROOM_STAY).forEach(k -> counts.merge(k.value(), 1, Integer::sum));
                    } else {
                        counts.merge("all", 1, Integer::sum);
                    }
                }
            }
            return counts.values().stream().anyMatch(n -> n >= min);
        }

        @Override
        public String describe(Wording w) {
            return w.say(perStay ? "condition.observations.perStay" : "condition.observations", "min", min,
                    "filter", filter.describe(w));
        }
    }

    /**
     * Room stays linked to the subject: at least {@code min} of them, each satisfying {@code where}
     * on its own observations and reaching {@code minTier} by the rules for stays (either may be absent).
     */
    record LinkedStays(int min, Condition where, Tier minTier) implements Condition {
        @Override
        public boolean test(Window w) {
            long n = w.linkedStays().stream()
                    .filter(stay -> where == null || where.test(w.of(stay)))
                    .filter(stay -> minTier == null || w.tierOf(stay).atLeast(minTier))
                    .count();
            return n >= min;
        }

        @Override
        public String describe(Wording w) {
            return w.say("condition.linkedStays", "min", min)
                    + (where == null ? "" : w.say("condition.linkedStays.where", "where", where.describe(w)))
                    + (minTier == null ? "" : w.say("condition.linkedStays.tier", "tier", minTier.name()));
        }
    }
}
