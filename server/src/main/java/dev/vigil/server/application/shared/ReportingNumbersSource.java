package dev.vigil.server.application.shared;

import dev.vigil.server.domain.service.ReportingNumbers;

/** Outbound port for the numbers a property's staff call: emergency, hotline, the hotline's text number. */
public interface ReportingNumbersSource {

    /** The numbers for a property; {@code null} asks for the defaults of the deployment. */
    ReportingNumbers numbersFor(String propertyId);
}
