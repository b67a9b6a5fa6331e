package dev.vigil.server.application.shared;

import dev.vigil.server.domain.model.indicator.StaffRole;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in principal as use cases see it: name, roles, tenant, the property it is bound to
 * (none for tenant-wide admin and integration principals) and the staff roles it may file in.
 */
public record Caller(String name, Set<AppRole> roles, TenantId tenant, PropertyId property,
                     Set<StaffRole> reporterRoles, boolean mandatedReporter) {

    /** A caller who is not a mandated reporter. */
    public Caller(String name, Set<AppRole> roles, TenantId tenant, PropertyId property, Set<StaffRole> reporterRoles) {
        this(name, roles, tenant, property, reporterRoles, false);
    }

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(tenant, "tenant");
        reporterRoles = Set.copyOf(reporterRoles);
    }

    public boolean has(AppRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(AppRole... wanted) {
        for (AppRole role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public Optional<PropertyId> boundProperty() {
        return Optional.ofNullable(property);
    }

    /** True when this caller's scope includes the property (same tenant, and same property if bound). */
    public boolean covers(TenantId tenantOfProperty, PropertyId propertyId) {
        return tenant.equals(tenantOfProperty) && (property == null || property.equals(propertyId));
    }
}
