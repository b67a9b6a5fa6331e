package dev.vigil.server.infrastructure.security;

import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The demo users of the API guide. They exist only in demo mode; a database that holds them, or a
 * configuration that names them, refuses to start with demo mode off.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Set<String> ALL_STAFF_ROLES = Set.of("FD", "HK", "FB", "MNT", "VAL", "SEC", "HR");

    /** One demo user: password, role, tenant, property and the staff roles they file in. */
    record DemoUser(String name, String role, String tenant, String property, Set<String> reporterRoles) {
        String password() {
            return name + "-demo";
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("frontdesk", "staff", "demo-chain", "demo-hotel", ALL_STAFF_ROLES),
            new DemoUser("security", "security", "demo-chain", "demo-hotel", Set.of("SEC")),
            new DemoUser("manager", "manager", "demo-chain", "demo-hotel", Set.of("SEC", "FD")),
            new DemoUser("admin", "admin", "demo-chain", null, Set.of()),
            new DemoUser("integration", "integration", "demo-chain", null, Set.of()),
            new DemoUser("otherdesk", "staff", "other-chain", "other-hotel", ALL_STAFF_ROLES),
            new DemoUser("othersecurity", "security", "other-chain", "other-hotel", Set.of("SEC")));

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject PasswordHashing passwords;
    @Inject VigilSettings settings;
    @Inject dev.vigil.server.application.shared.JobLeases leases;

    /** Seeds missing demo users in demo mode; outside it, refuses a database or configuration that has them. */
    @Transactional
    public List<String> apply() {
        if (!settings.demo()) {
            settings.configuredDemoUsers().ifPresent(names -> {
                throw new IllegalStateException("Demo users are configured (vigil.demo.users=" + names
                        + ") but vigil.demo=false: remove vigil.demo.users, or run in demo mode");
            });
            List<String> stored = em.createQuery("SELECT u.username FROM UserAccount u WHERE u.demo = TRUE", String.class)
                    .getResultList();
            if (!stored.isEmpty()) {
                throw new IllegalStateException("The database holds demo users " + stored
                        + " but vigil.demo=false: delete them (DELETE FROM app_user WHERE demo) before running in production");
            }
            return List.of();
        }
        Set<String> wanted = settings.configuredDemoUsers()
                .map(s -> Set.of(s.split("\\s*,\\s*")))
                .orElse(null);
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        leases.exclusive("startup"); // servers starting together take turns: one inserts, the others find the users
        for (DemoUser user : USERS) {
            if ((wanted == null || wanted.contains(user.name())) && em.find(UserAccount.class, user.name()) == null) {
                em.persist(new UserAccount(user.name(), passwords.hash(user.password()), Set.of(user.role()),
                        user.tenant(), user.property(), user.reporterRoles(), true, now));
            }
        }
        return em.createQuery("SELECT u.username FROM UserAccount u WHERE u.demo = TRUE ORDER BY u.username", String.class)
                .getResultList();
    }
}
