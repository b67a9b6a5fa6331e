package dev.vigil.server.domain.model.tenant;

import java.time.ZoneId;
import java.util.Objects;

/** A hotel property and the tenant it belongs to. */
public record Property(PropertyId id, TenantId tenant, String name, ZoneId zone) {
    public Property {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        name = name == null || name.isBlank() ? id.value() : name;
        zone = zone == null ? ZoneId.of("America/New_York") : zone;
    }
}
