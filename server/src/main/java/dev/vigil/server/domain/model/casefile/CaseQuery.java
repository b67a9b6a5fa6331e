package dev.vigil.server.domain.model.casefile;

import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.util.Set;

/**
 * A question to the case queue: the tenant, the properties the caller may see (empty: all of the
 * tenant's), statuses (empty: all but CLOSED), a minimum severity, a room, a page size and cursor.
 */
public record CaseQuery(TenantId tenant, Set<PropertyId> properties, Set<CaseStatus> statuses, Severity minSeverity,
                        String room, int limit, String cursor) {
    public CaseQuery {
        properties = properties == null ? Set.of() : Set.copyOf(properties);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
