package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.account.PasswordPolicy;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.audit.AuditLog;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The first administrator outside demo mode, so that accounts can be run from the console from the
 * start. {@code vigil.admin.username}, {@code vigil.admin.tenant} and {@code vigil.admin.password}
 * (from the environment: {@code VIGIL_ADMIN_PASSWORD}) create that account once. Without them, a
 * server whose database holds no administrator creates {@code admin} for its one tenant with a random
 * password that is shown once on the console, as widely used servers do, and never written anywhere.
 * Either way its owner sets a password of their own at the first sign-in.
 */
@ApplicationScoped
public class FirstAdmin {

    /** An administrator created at this start; the password is set only when it was generated. */
    public record Created(String username, String tenant, Optional<String> generatedPassword) {
        @Override
        public String toString() {
            return "Created[" + username + " of " + tenant + "]"; // never the password
        }
    }

    @Inject Config config;
    @Inject VigilSettings settings;
    @Inject PasswordHashing passwords;
    @Inject PropertyDirectory properties;
    @Inject AuditLog audit;
    @Inject Clock clock;
    @Inject dev.vigil.server.application.shared.JobLeases leases;

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    /** Creates the first administrator if there is none; a weak configured password stops startup. */
    @Transactional
    public Optional<Created> apply() {
        leases.exclusive("startup"); // servers starting together take turns: one creates, the others find it
        Optional<String> name = text("vigil.admin.username");
        if (name.isPresent()) {
            return em.find(UserAccount.class, name.get()) != null ? Optional.empty() : Optional.of(configured(name.get()));
        }
        if (settings.demo() || administratorExists()) {
            return Optional.empty();
        }
        Optional<String> tenant = text("vigil.admin.tenant").or(this::onlyTenant);
        if (tenant.isEmpty() || em.find(UserAccount.class, "admin") != null) {
            return Optional.empty();
        }
        String password = RandomPassword.generate();
        create("admin", tenant.get(), password);
        return Optional.of(new Created("admin", tenant.get(), Optional.of(password)));
    }

    /** Why no administrator could be made up at this start, if that is so: for the startup log. */
    public Optional<String> missingAdministratorReason() {
        if (settings.demo() || text("vigil.admin.username").isPresent() || administratorExists()
                || text("vigil.admin.tenant").isPresent()) {
            return Optional.empty();
        }
        List<TenantId> tenants = List.copyOf(properties.tenants());
        if (tenants.isEmpty()) {
            return Optional.of("no property is configured yet, so no first administrator was created: configure a "
                    + "property (vigil.property.<id>.tenant) and start again");
        }
        return tenants.size() > 1 ? Optional.of("several tenants are configured (" + tenants.stream().map(TenantId::value)
                .sorted().toList() + "): name the first administrator's with vigil.admin.tenant") : Optional.empty();
    }

    private Created configured(String username) {
        String tenant = text("vigil.admin.tenant").orElseThrow(() ->
                new IllegalStateException("vigil.admin.username is set but vigil.admin.tenant is not"));
        String password = text("vigil.admin.password").orElseThrow(() ->
                new IllegalStateException("vigil.admin.username is set but vigil.admin.password (VIGIL_ADMIN_PASSWORD) is not"));
        PasswordPolicy.bundled().problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("vigil.admin.password " + problem);
        });
        create(username, tenant, password);
        return new Created(username, tenant, Optional.empty());
    }

    private void create(String username, String tenant, String password) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        UserAccount admin = new UserAccount(username, passwords.hash(password), Set.of("admin"), tenant, null, Set.of(), false, now);
        admin.changePassword(admin.passwordHash(), true, now);
        em.persist(admin);
        audit.append(new AuditEntry(clock.instant(), tenant, null, "vigil-startup", "ACCOUNT_CREATED", "account", username));
    }

    private boolean administratorExists() {
        return em.createQuery("SELECT u.roles FROM UserAccount u", String.class).getResultStream()
                .anyMatch(roles -> Set.of(roles.split(",")).contains("admin"));
    }

    private Optional<String> onlyTenant() {
        List<TenantId> tenants = List.copyOf(properties.tenants());
        return tenants.size() == 1 ? Optional.of(tenants.get(0).value()) : Optional.empty();
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
