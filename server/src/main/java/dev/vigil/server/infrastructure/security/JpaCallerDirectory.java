package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.CallerDirectory;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.stream.Collectors;

/** Adapter that reads callers from the user table. */
@ApplicationScoped
public class JpaCallerDirectory implements CallerDirectory {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Override
    public Optional<Caller> byName(String principal) {
        return Optional.ofNullable(em.find(UserAccount.class, principal)).map(JpaCallerDirectory::toCaller);
    }

    static Caller toCaller(UserAccount user) {
        return new Caller(user.username(),
                user.roles().stream().map(AppRole::fromRoleName).collect(Collectors.toSet()),
                new TenantId(user.tenantId()),
                user.propertyId() == null ? null : new PropertyId(user.propertyId()),
                user.reporterRoles().stream().map(r -> StaffRole.parse(r).orElseThrow()).collect(Collectors.toSet()));
    }
}
