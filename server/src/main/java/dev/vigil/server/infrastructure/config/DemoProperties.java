package dev.vigil.server.infrastructure.config;

import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import java.time.ZoneId;
import java.util.List;

/** The two demo hotels of two tenants, so that tenant separation can be tried by hand. */
public final class DemoProperties {

    public static final Property DEMO_HOTEL = new Property(new PropertyId("demo-hotel"), new TenantId("demo-chain"),
            "Demo Hotel Hartford", ZoneId.of("America/New_York"));
    public static final Property OTHER_HOTEL = new Property(new PropertyId("other-hotel"), new TenantId("other-chain"),
            "Other Hotel New Haven", ZoneId.of("America/New_York"));
    public static final List<Property> ALL = List.of(DEMO_HOTEL, OTHER_HOTEL);

    private DemoProperties() {
    }
}
