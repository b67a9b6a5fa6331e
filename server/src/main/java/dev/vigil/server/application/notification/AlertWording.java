package dev.vigil.server.application.notification;

import dev.vigil.server.application.shared.LanguageSettings;
import dev.vigil.server.application.shared.MessagesSource;
import dev.vigil.server.application.shared.ReportingNumbersSource;
import dev.vigil.server.domain.model.casefile.CaseAction;
import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.protocol.ActionContact;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What alerts are written with: the messages pack, the language each recipient reads (the route's
 * or its channel's setting, else the property's), and the property's emergency number for the
 * safety line.
 */
@ApplicationScoped
public class AlertWording {

    private MessagesSource messages;
    private LanguageSettings languages;
    private ReportingNumbersSource numbers;

    protected AlertWording() {
        // for CDI
    }

    @Inject
    public AlertWording(MessagesSource messages, LanguageSettings languages, ReportingNumbersSource numbers) {
        this.messages = messages;
        this.languages = languages;
        this.numbers = numbers;
    }

    String language(PropertyId property, String channel, Route route) {
        return languages.routeLanguage(property, channel, route);
    }

    AlertComposer composer(Property property, ProtocolPack protocol, Optional<String> link, String lang,
                           Function<CaseAction, List<ActionContact>> contacts) {
        return new AlertComposer(property, protocol, link, messages.messages().in(lang),
                numbers.numbersFor(property.id().value()).emergency(), contacts);
    }
}
