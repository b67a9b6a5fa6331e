package dev.vigil.server.application.pattern;

import dev.vigil.server.domain.model.pattern.RulePack;

/** Outbound port that yields the active, validated rule pack. */
public interface RulePackSource {
    RulePack activeRules();
}
