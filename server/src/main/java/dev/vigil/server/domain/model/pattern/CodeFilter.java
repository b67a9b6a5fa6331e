package dev.vigil.server.domain.model.pattern;

import dev.vigil.server.domain.model.indicator.Indicator;
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

    /** In words, for explanations: "codes of weight ≥ 3 in CONTROL_COERCION". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (!codes.isEmpty()) {
            s.append(codes.size() == 1 ? codes.iterator().next() : "one of " + new java.util.TreeSet<>(codes));
        } else {
            s.append(Boolean.TRUE.equals(minorRelated) ? "possible-minor indicators" : "indicators");
        }
        if (minWeight != null && maxWeight != null && minWeight.equals(maxWeight)) {
            s.append(" of weight ").append(minWeight);
        } else {
            if (minWeight != null) {
                s.append(" of weight ≥ ").append(minWeight);
            }
            if (maxWeight != null) {
                s.append(minWeight != null ? " and ≤ " : " of weight ≤ ").append(maxWeight);
            }
        }
        if (!categories.isEmpty()) {
            s.append(" in ").append(String.join("/", new java.util.TreeSet<>(categories)));
        }
        if (!notCategories.isEmpty()) {
            s.append(" outside ").append(String.join("/", new java.util.TreeSet<>(notCategories)));
        }
        return s.toString();
    }
}
