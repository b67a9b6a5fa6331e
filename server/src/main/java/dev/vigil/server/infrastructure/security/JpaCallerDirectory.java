package dev.vigil.server.infrastructure.security;

import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.CallerDirectory;
import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adapter that knows callers: from the bearer token that authenticated this request, else from
 * Vigil's user table.
 */
@ApplicationScoped
public class JpaCallerDirectory implements CallerDirectory {

    @PersistenceContext(unitName = "vigil")
    EntityManager em;

    @Inject TokenCallers tokens;

    @Override
    public Optional<Caller> byName(String principal) {
        Optional<TokenClaims> token = tokens.current().filter(t -> t.name().equals(principal));
        if (token.isPresent()) {
            return Optional.of(fromToken(token.get()));
        }
        return Optional.ofNullable(em.find(UserAccount.class, principal)).filter(UserAccount::enabled)
                .map(JpaCallerDirectory::toCaller);
    }

    /** The caller a verified token names; {@link ChainClaims} has already refused tokens that lack what their roles need. */
    static Caller fromToken(TokenClaims claims) {
        Set<AppRole> roles = claims.roles().stream()
                .flatMap(r -> Arrays.stream(AppRole.values()).filter(a -> a.roleName().equalsIgnoreCase(r)))
                .collect(Collectors.toSet());
        return new Caller(claims.name(), roles, new TenantId(claims.tenant()),
                claims.property() == null ? null : new PropertyId(claims.property()),
                claims.reporterRoles().stream().map(StaffRole::parse).flatMap(Optional::stream).collect(Collectors.toSet()),
                claims.mandatedReporter());
    }

    static Caller toCaller(UserAccount user) {
        return new Caller(user.username(),
                user.roles().stream().map(AppRole::fromRoleName).collect(Collectors.toSet()),
                new TenantId(user.tenantId()),
                user.propertyId() == null ? null : new PropertyId(user.propertyId()),
                user.reporterRoles().stream().map(r -> StaffRole.parse(r).orElseThrow()).collect(Collectors.toSet()),
                user.mandatedReporter());
    }
}
