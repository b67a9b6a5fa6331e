package dev.vigil.server.application.pattern;

import dev.vigil.server.domain.model.pattern.ObservationHistory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;

/** Outbound port that opens the engine's view of one tenant's stored observations, in the current transaction. */
public interface ObservationHistories {

    /**
     * The tenant's observations as a filing at one property sees them: with that property's markers
     * and the tenant-wide ones, never another property's.
     */
    ObservationHistory forFilingAt(TenantId tenant, PropertyId property);
}
