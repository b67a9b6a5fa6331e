package dev.vigil.server.domain.model.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.model.text.Wording;
import java.util.Set;

/**
 * Which indicators a condition counts: listed codes, categories (or all but some), a weight range,
 * possible-minor items. Every part left out matches everything.
 */
public record CodeFilter(Set<String> codes, Set<String> categories, Set<String> notCategories,
                         Integer minWeight, Integer maxWeight, Boolean minorRelated) {

    public static final CodeFilter ANY = new CodeFilter(Set.of(), Set.of(), Set.of(), null, null, null);

    public CodeFilter {
        codes = codes == null ? Set.of() : Set.copyOf(codes);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        notCategories = notCategories == null ? Set.of() : Set.copyOf(notCategories);
    }

    public static CodeFilter codes(Set<String> codes) {
        return new CodeFilter(codes, null, null, null, null, null);
    }

    public boolean matches(Indicator indicator) {
        return (codes.isEmpty() || codes.contains(indicator.code().value()))
                && (categories.isEmpty() || categories.contains(indicator.category()))
                && !notCategories.contains(indicator.category())
                && (minWeight == null || indicator.weight() >= minWeight)
                && (maxWeight == null || indicator.weight() <= maxWeight)
                && (minorRelated == null || indicator.minorRelated() == minorRelated);
    }

    /** In words, for explanations: "indicators of weight ≥ 3 in CONTROL_COERCION". */
    public String describe(Wording w) {
        StringBuilder s = new StringBuilder();
        if (!codes.isEmpty()) {
            s.append(codes.size() == 1 ? codes.iterator().next()
                    : w.say("filter.oneOf", "codes", String.join(", ", new java.util.TreeSet<>(codes))));
        } else {
            s.append(w.say(Boolean.TRUE.equals(minorRelated) ? "filter.minor" : "filter.any"));
        }
        if (minWeight != null && maxWeight != null) {
            s.append(minWeight.equals(maxWeight) ? w.say("filter.weight", "weight", minWeight)
                    : w.say("filter.weightRange", "min", minWeight, "max", maxWeight));
        } else if (minWeight != null) {
            s.append(w.say("filter.minWeight", "weight", minWeight));
        } else if (maxWeight != null) {
            s.append(w.say("filter.maxWeight", "weight", maxWeight));
        }
        if (!categories.isEmpty()) {
            s.append(w.say("filter.in", "categories", String.join("/", new java.util.TreeSet<>(categories))));
        }
        if (!notCategories.isEmpty()) {
            s.append(w.say("filter.outside", "categories", String.join("/", new java.util.TreeSet<>(notCategories))));
        }
        return s.toString();
    }
}
