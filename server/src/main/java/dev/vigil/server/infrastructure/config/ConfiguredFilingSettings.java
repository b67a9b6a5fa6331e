package dev.vigil.server.infrastructure.config;

import dev.vigil.server.application.observation.FilingSettings;
import dev.vigil.server.domain.service.ReportingNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Filing limits and reporting numbers from configuration, with the Connecticut defaults
 * (911; National Human Trafficking Hotline 1-888-373-7888, text 233733; 90-day window).
 */
@ApplicationScoped
public class ConfiguredFilingSettings implements FilingSettings {

    @Inject Config config;

    @Override
    public Duration observationWindow() {
        return Duration.ofDays(config.getOptionalValue("vigil.observation.window-days", Integer.class).orElse(90));
    }

    @Override
    public Duration clockSkewAllowance() {
        return Duration.ofMinutes(config.getOptionalValue("vigil.observation.future-tolerance-minutes", Integer.class).orElse(5));
    }

    @Override
    public Duration stayJoinWindow() {
        return Duration.ofHours(config.getOptionalValue("vigil.stay.join-window-hours", Integer.class).orElse(72));
    }

    @Override
    public Duration reservationReuseAfter() {
        return Duration.ofDays(config.getOptionalValue("vigil.stay.reservation-reuse-days", Integer.class).orElse(60));
    }

    @Override
    public ReportingNumbers numbersFor(String propertyId) {
        return new ReportingNumbers(
                value("vigil.property." + propertyId + ".emergency-number", "vigil.numbers.emergency", "911"),
                value("vigil.property." + propertyId + ".hotline", "vigil.numbers.hotline", "1-888-373-7888"),
                value("vigil.property." + propertyId + ".hotline-sms", "vigil.numbers.hotline-sms", "233733"));
    }

    private String value(String propertyKey, String globalKey, String fallback) {
        return (propertyKey.contains(".null.") ? java.util.Optional.<String>empty() : config.getOptionalValue(propertyKey, String.class))
                .or(() -> config.getOptionalValue(globalKey, String.class))
                .orElse(fallback);
    }
}
