package dev.vigil.server.infrastructure.config;

import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.application.shared.LanguageSettings;
import dev.vigil.server.domain.model.indicator.LocalizedText;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * Languages from configuration: {@code vigil.property.<id>.language} for a property (else its
 * protocol's {@code defaultLanguage}: Hebrew for Israel), and for notifications, the first of
 * {@code vigil.webhook.<name>.language} (a webhook receiver's), {@code vigil.property.<id>.notify.<channel>.language}
 * and {@code vigil.notify.<channel>.language} (a channel's routes).
 */
@ApplicationScoped
public class ConfiguredLanguages implements LanguageSettings {

    @Inject Config config;
    @Inject ProtocolSource protocols;

    @Override
    public String propertyLanguage(PropertyId property) {
        return text("vigil.property." + property.value() + ".language")
                .or(() -> protocolLanguage(property))
                .orElse(LocalizedText.FALLBACK);
    }

    @Override
    public String routeLanguage(PropertyId property, String channel, Route route) {
        Stream<String> keys = Stream.of(
                "webhook".equals(route.scheme()) ? "vigil.webhook." + route.recipient() + ".language" : null,
                "vigil.property." + property.value() + ".notify." + channel + ".language",
                "vigil.notify." + channel + ".language");
        return keys.filter(java.util.Objects::nonNull).map(this::text).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> propertyLanguage(property));
    }

    private Optional<String> protocolLanguage(PropertyId property) {
        try {
            return Optional.of(protocols.forProperty(property).defaultLanguage());
        } catch (IllegalStateException notLoadedYet) {
            return Optional.empty();
        }
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
