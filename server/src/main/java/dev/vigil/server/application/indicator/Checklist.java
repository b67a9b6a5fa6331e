package dev.vigil.server.application.indicator;

import dev.vigil.server.domain.model.indicator.Indicator;
import java.util.List;

/** The checklist as served: pack version, the language actually used, and the indicators in order. */
public record Checklist(String packVersion, String lang, boolean fellBack, List<Indicator> indicators) {
}
