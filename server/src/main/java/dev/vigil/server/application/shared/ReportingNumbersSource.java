package dev.vigil.server.application.shared;

import dev.vigil.server.domain.model.indicator.GuidanceLine;
import dev.vigil.server.domain.service.ReportingNumbers;
import java.util.List;

/** Outbound port for what a property's staff call, and the lines its jurisdiction tells reporters. */
public interface ReportingNumbersSource {

    /** The numbers for a property; {@code null} asks for the defaults of the deployment. */
    ReportingNumbers numbersFor(String propertyId);

    /** The guidance lines of the property's protocol (none by default), which replace or follow the checklist's. */
    default List<GuidanceLine> guidanceFor(String propertyId) {
        return List.of();
    }
}
