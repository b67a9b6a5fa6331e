package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.account.PasswordPolicy;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The first administrator of a tenant outside demo mode, so that accounts can be run from the
 * console from the start: {@code vigil.admin.username}, {@code vigil.admin.tenant} and
 * {@code vigil.admin.password} (from the environment: {@code VIGIL_ADMIN_PASSWORD}) create that
 * account once, if it does not exist; its owner sets a password of their own at the first sign-in.
 */
@ApplicationScoped
public class FirstAdmin {

    @Inject Config config;
    @Inject PasswordHashing passwords;
    @Inject AuditLog audit;
    @Inject Clock clock;

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    /** Creates the configured first administrator if missing; a weak or missing password stops startup. */
    @Transactional
    public Optional<String> apply() {
        Optional<String> name = text("vigil.admin.username");
        if (name.isEmpty() || em.find(UserAccount.class, name.get()) != null) {
            return Optional.empty();
        }
        String tenant = text("vigil.admin.tenant").orElseThrow(() ->
                new IllegalStateException("vigil.admin.username is set but vigil.admin.tenant is not"));
        String password = text("vigil.admin.password").orElseThrow(() ->
                new IllegalStateException("vigil.admin.username is set but vigil.admin.password (VIGIL_ADMIN_PASSWORD) is not"));
        PasswordPolicy.bundled().problem(password, name.get()).ifPresent(problem -> {
            throw new IllegalStateException("vigil.admin.password " + problem);
        });
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        UserAccount admin = new UserAccount(name.get(), passwords.hash(password), Set.of("admin"), tenant, null, Set.of(), false, now);
        admin.changePassword(admin.passwordHash(), true, now);
        em.persist(admin);
        audit.append(new AuditEntry(clock.instant(), tenant, null, "vigil-startup", "ACCOUNT_CREATED", "account", name.get()));
        return name;
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
