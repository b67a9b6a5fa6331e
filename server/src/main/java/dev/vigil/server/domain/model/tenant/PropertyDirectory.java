package dev.vigil.server.domain.model.tenant;

import java.util.List;
import java.util.Optional;

/** Repository of the properties Vigil serves. */
public interface PropertyDirectory {

    Optional<Property> find(PropertyId id);

    List<Property> all();

    default List<TenantId> tenants() {
        return all().stream().map(Property::tenant).distinct().toList();
    }
}
