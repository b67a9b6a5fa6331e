package dev.vigil.server.application.account;

import java.time.Instant;
import java.util.Optional;

/** Outbound port to the stored preferences, per tenant and user name. */
public interface PreferenceStore {

    Optional<Preferences> find(String tenant, String username);

    void save(String tenant, String username, Preferences preferences, Instant at);
}
