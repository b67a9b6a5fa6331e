package dev.vigil.server.infrastructure.config;

import dev.vigil.server.application.observation.FilingSettings;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.domain.model.protocol.ActionKind;
import dev.vigil.server.domain.model.protocol.Channel;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.service.ReportingNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Filing limits and reporting numbers: from the property's protocol (the emergency channel of its
 * call-911 action, the hotline of its hotline action, its text line), overridable per property or
 * globally by configuration.
 */
@ApplicationScoped
public class ConfiguredFilingSettings implements FilingSettings {

    @Inject Config config;
    @Inject ProtocolSource protocols;

    @Override
    public Duration observationWindow(String propertyId) {
        Optional<Integer> configured = config.getOptionalValue("vigil.observation.window-days", Integer.class);
        if (configured.isPresent()) {
            return Duration.ofDays(configured.get());
        }
        return protocol(propertyId).map(ProtocolPack::observationWindow).orElse(Duration.ofDays(90));
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
        Optional<ProtocolPack> protocol = protocol(propertyId);
        return new ReportingNumbers(
                value(propertyId, "emergency-number", "vigil.numbers.emergency",
                        protocol.flatMap(p -> actionChannel(p, "URGENT", ActionKind.CALL_911)), "911"),
                value(propertyId, "hotline", "vigil.numbers.hotline",
                        protocol.flatMap(p -> actionChannel(p, "REPORT", ActionKind.CONTACT_HOTLINE)), "1-888-373-7888"),
                value(propertyId, "hotline-sms", "vigil.numbers.hotline-sms",
                        protocol.flatMap(p -> p.channels().stream().filter(c -> c.kind().equals("sms")).map(Channel::shown).findFirst()),
                        "233733"));
    }

    private Optional<ProtocolPack> protocol(String propertyId) {
        if (propertyId == null || !PropertyId.isWellFormed(propertyId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(protocols.forProperty(new PropertyId(propertyId)));
        } catch (IllegalStateException notLoadedYet) {
            return Optional.empty();
        }
    }

    private static Optional<String> actionChannel(ProtocolPack pack, String severity, ActionKind kind) {
        return pack.actionsFor(severity).stream().filter(a -> a.kind() == kind).map(ProtocolAction::channel).findFirst()
                .flatMap(pack::channel).map(Channel::shown);
    }

    /** A property's setting, else the protocol's value, else the deployment's setting, else the default. */
    private String value(String propertyId, String propertyKey, String globalKey, Optional<String> fromProtocol, String fallback) {
        return Arrays.asList(propertyId == null ? null : "vigil.property." + propertyId + "." + propertyKey).stream()
                .filter(java.util.Objects::nonNull)
                .map(key -> config.getOptionalValue(key, String.class)).flatMap(Optional::stream).findFirst()
                .or(() -> fromProtocol)
                .or(() -> config.getOptionalValue(globalKey, String.class))
                .orElse(fallback);
    }
}
