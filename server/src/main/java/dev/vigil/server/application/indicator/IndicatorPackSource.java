package dev.vigil.server.application.indicator;

import dev.vigil.server.domain.model.indicator.IndicatorPack;

/** Outbound port that yields the active, validated indicator pack. */
public interface IndicatorPackSource {
    IndicatorPack activePack();
}
