package dev.vigil.server.domain.model.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Aggregate root of the checklist: a named, versioned set of indicators with their categories and guidance. */
public final class IndicatorPack {

    private final String name;
    private final String version;
    private final List<String> locales;
    private final List<Category> categories;
    private final List<GuidanceLine> guidance;
    private final Map<IndicatorCode, Indicator> indicators;
    private final List<Indicator> ordered;

    public IndicatorPack(String name, String version, List<String> locales, List<Category> categories,
                         List<GuidanceLine> guidance, Collection<Indicator> indicators) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.locales = List.copyOf(locales);
        this.categories = List.copyOf(categories);
        this.guidance = List.copyOf(guidance);
        Map<IndicatorCode, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("duplicate indicator code " + indicator.code());
            }
        }
        Set<String> categoryIds = this.categories.stream().map(Category::id).collect(Collectors.toSet());
        byCode.values().stream().filter(i -> !categoryIds.contains(i.category())).findFirst().ifPresent(i -> {
            throw new IllegalArgumentException(i.code() + ": unknown category " + i.category());
        });
        this.indicators = Map.copyOf(byCode);
        this.ordered = List.copyOf(byCode.values());
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public List<String> locales() {
        return locales;
    }

    public boolean speaks(String lang) {
        return locales.contains(lang);
    }

    public List<Category> categories() {
        return categories;
    }

    public List<GuidanceLine> guidance() {
        return guidance;
    }

    /** All indicators in checklist order. */
    public List<Indicator> indicators() {
        return ordered;
    }

    public Optional<Indicator> find(IndicatorCode code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** Looks up a code given as text; empty when malformed or unknown to this pack. */
    public Optional<Indicator> find(String code) {
        return IndicatorCode.isWellFormed(code) ? find(new IndicatorCode(code)) : Optional.empty();
    }

    /** The indicators a role is likely to observe, in checklist order. */
    public List<Indicator> observableBy(StaffRole role) {
        return ordered.stream().filter(i -> i.observableBy(role)).toList();
    }
}
