package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.pattern.RulePackSource;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.RulePack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Adapter that holds the rule pack in force: the bundled default, or the file named by
 * {@code vigil.packs.rules}. Loaded once at startup, fixtures and all; an invalid pack stops startup.
 */
@ApplicationScoped
public class ActiveRulePack implements RulePackSource {

    static final String DEFAULT = "packs/rules/rules.yaml";

    @Inject Config config;

    private volatile RulePack pack;

    public RulePack load(IndicatorPack indicators) {
        pack = PackFiles.load(config.getOptionalValue("vigil.packs.rules", String.class), DEFAULT,
                new RulePackLoader(indicators)::load);
        return pack;
    }

    @Override
    public RulePack activeRules() {
        RulePack current = pack;
        if (current == null) {
            throw new IllegalStateException("the rule pack is not loaded yet");
        }
        return current;
    }
}
