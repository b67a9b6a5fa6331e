package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.account.PreferenceStore;
import dev.vigil.server.application.account.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Adapter that keeps preferences in the {@code user_preference} table. */
@ApplicationScoped
public class JpaPreferenceStore implements PreferenceStore {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    public Optional<Preferences> find(String tenant, String username) {
        return Optional.ofNullable(em.find(UserPreference.class, UserPreference.key(tenant, username)))
                .map(p -> new Preferences(p.lang(), p.discreet()));
    }

    @Override
    public void save(String tenant, String username, Preferences preferences, Instant at) {
        UserPreference row = em.find(UserPreference.class, UserPreference.key(tenant, username));
        if (row == null) {
            row = new UserPreference(tenant, username);
            row.set(preferences.lang(), preferences.discreet(), LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            em.persist(row);
        } else {
            row.set(preferences.lang(), preferences.discreet(), LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }
}
