package dev.vigil.server.application.account;

import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.ReportingNumbersSource;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.service.ReportingNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use case: who the signed-in person is, what the pages remember for them, and the numbers to call. */
@ApplicationScoped
public class ProfileService {

    @Inject PreferenceService preferences;
    @Inject ReportingNumbersSource numbers;
    @Inject PropertyDirectory properties;

    /** The caller with their property's name, preferences and reporting numbers. */
    public record Profile(Caller caller, String propertyName, Preferences preferences, ReportingNumbers numbers) {
    }

    @Transactional
    public Profile of(Caller caller) {
        String property = caller.boundProperty().map(PropertyId::value).orElse(null);
        String name = caller.boundProperty().flatMap(properties::find).map(p -> p.name()).orElse(null);
        return new Profile(caller, name, preferences.of(caller), numbers.numbersFor(property));
    }
}
