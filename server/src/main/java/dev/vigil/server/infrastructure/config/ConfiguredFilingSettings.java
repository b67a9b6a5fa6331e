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
import dev.vigil.server.domain.model.indicator.GuidanceLine;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public ConfiguredFilingSettings() {
        // for CDI
    }

    /** Settings read from the given configuration and protocols, for use outside the container. */
    public ConfiguredFilingSettings(Config config, ProtocolSource protocols) {
        this.config = config;
        this.protocols = protocols;
    }

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

    /**
     * The property's own setting, else its protocol's number; where the protocol has none (Israel
     * has no national trafficking hotline), the number stays empty unless the deployment sets one.
     * The built-in Connecticut numbers apply only before any protocol is known.
     */
    @Override
    public ReportingNumbers numbersFor(String propertyId) {
        Optional<ProtocolPack> protocol = protocol(propertyId);
        Optional<Channel> text = protocol.flatMap(ConfiguredFilingSettings::textLine);
        String emergency = value(propertyId, "emergency-number", "vigil.numbers.emergency",
                protocol.flatMap(p -> actionChannel(p, "URGENT", ActionKind.CALL_911)), protocol.isPresent() ? "" : "911");
        String hotline = value(propertyId, "hotline", "vigil.numbers.hotline",
                protocol.flatMap(p -> actionChannel(p, "REPORT", ActionKind.CONTACT_HOTLINE)),
                protocol.isPresent() ? "" : "1-888-373-7888");
        String sms = value(propertyId, "hotline-sms", "vigil.numbers.hotline-sms", text.map(Channel::shown),
                protocol.isPresent() ? "" : "233733");
        String keyword = value(propertyId, "hotline-keyword", "vigil.numbers.hotline-keyword",
                text.map(Channel::keyword), protocol.isPresent() ? "" : "HELP");
        Map<String, String> channels = new LinkedHashMap<>();
        protocol.ifPresent(p -> p.channels().stream().filter(c -> c.dialled() && c.shown() != null)
                .forEach(c -> channels.put(c.id(), c.shown())));
        return new ReportingNumbers(emergency.isBlank() ? "911" : emergency, hotline, sms, keyword, channels);
    }

    @Override
    public List<GuidanceLine> guidanceFor(String propertyId) {
        return protocol(propertyId).map(ProtocolPack::guidance).orElse(List.of());
    }

    /** The pack's first text line (Connecticut: the hotline's, 233733 with the keyword HELP). */
    private static Optional<Channel> textLine(ProtocolPack p) {
        return p.channels().stream().filter(c -> "sms".equals(c.kind())).findFirst();
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

    /** A property's setting, else the protocol's value, else the deployment's setting, else the fallback. */
    private String value(String propertyId, String propertyKey, String globalKey, Optional<String> fromProtocol, String fallback) {
        return Arrays.asList(propertyId == null ? null : "vigil.property." + propertyId + "." + propertyKey).stream()
                .filter(java.util.Objects::nonNull)
                .map(key -> config.getOptionalValue(key, String.class)).flatMap(Optional::stream).findFirst()
                .or(() -> fromProtocol)
                .or(() -> config.getOptionalValue(globalKey, String.class))
                .orElse(fallback);
    }
}
