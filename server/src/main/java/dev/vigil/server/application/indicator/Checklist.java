package dev.vigil.server.application.indicator;

import dev.vigil.server.domain.model.indicator.Category;
import dev.vigil.server.domain.model.indicator.Indicator;
import dev.vigil.server.domain.service.ReporterAdvice.Guidance;
import java.util.List;

/**
 * The checklist as served: pack version, the language actually used, the categories and safety
 * guidance to show around it (numbers filled in), and the indicators in order.
 */
public record Checklist(String packVersion, String lang, boolean fellBack, List<Category> categories,
                        List<Guidance> guidance, List<Indicator> indicators) {
}
