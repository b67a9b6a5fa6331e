package dev.vigil.server.application.account;

import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

/** Use case: read and change what the pages remember for the signed-in person. */
@ApplicationScoped
public class PreferenceService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Inject PreferenceStore store;
    @Inject Clock clock;

    @Transactional
    public Preferences of(Caller caller) {
        return store.find(caller.tenant().value(), caller.name()).orElse(Preferences.NONE);
    }

    /**
     * Changes the parts given ({@code null} keeps a part). A language must be a two- or three-letter
     * code; whether the pages speak it is for the caller to decide.
     */
    @Transactional
    public Preferences change(Caller caller, String lang, Boolean discreet) {
        Preferences now = of(caller);
        String language = now.lang();
        if (lang != null) {
            language = lang.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidRequestException("lang", "a two- or three-letter language code such as en, es, he, ar");
            }
        }
        Preferences changed = new Preferences(language, discreet == null ? now.discreet() : discreet);
        store.save(caller.tenant().value(), caller.name(), changed, clock.instant());
        return changed;
    }
}
