package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Adapter that holds the indicator pack in force: the bundled default, or the file named by
 * {@code vigil.packs.indicators}. Loaded once at startup; an invalid pack stops startup.
 */
@ApplicationScoped
public class ActiveIndicatorPack implements IndicatorPackSource {

    static final String DEFAULT = "packs/indicators/indicators.yaml";

    @Inject VigilSettings settings;

    private volatile IndicatorPack pack;

    /** Loads and validates the configured pack; throws {@link PackValidationException} naming every problem. */
    public IndicatorPack load() {
        pack = PackFiles.load(settings.indicatorPackLocation(), DEFAULT, new IndicatorPackLoader()::load);
        return pack;
    }

    public boolean loaded() {
        return pack != null;
    }

    @Override
    public IndicatorPack activePack() {
        IndicatorPack current = pack;
        if (current == null) {
            throw new IllegalStateException("the indicator pack is not loaded yet");
        }
        return current;
    }
}
