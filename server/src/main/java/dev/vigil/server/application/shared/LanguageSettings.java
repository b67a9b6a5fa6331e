package dev.vigil.server.application.shared;

import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.tenant.PropertyId;

/**
 * Outbound port for the language people of a property read: the property's own (its setting, else
 * its protocol's default, else English), and per notification route the recipient's.
 */
public interface LanguageSettings {

    /** The language of a property's alerts and packets when nobody asked for another. */
    String propertyLanguage(PropertyId property);

    /** The language one route's notifications are written in; the property's unless the route or its channel says otherwise. */
    default String routeLanguage(PropertyId property, String channel, Route route) {
        return propertyLanguage(property);
    }

    /** Every property and route in one language, for tests and single-language deployments. */
    static LanguageSettings fixed(String lang) {
        return property -> lang;
    }
}
